import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { getManifest } from 'workbox-build';
import { PRECACHE_GLOBS, PRECACHE_IGNORES, toPrecacheUrls, VERSIONED_FILES } from './precache.ts';

const WORKER_SOURCE = fileURLToPath(new URL('./service-worker.ts', import.meta.url));

export interface PrecacheSize {
  files: number;
  bytes: number;
  warnings: string[];
}

/**
 * Writes `sw.js` into a finished build: lists the files to precache with workbox-build,
 * then bundles service-worker.ts with that list (src/integrations/post-build.ts runs it after the search index).
 */
export async function buildServiceWorker(outDir: string, metaCacheTag: string): Promise<PrecacheSize> {
  const { manifestEntries, count, size, warnings } = await getManifest({
    globDirectory: outDir,
    globPatterns: PRECACHE_GLOBS,
    globIgnores: PRECACHE_IGNORES,
    dontCacheBustURLsMatching: VERSIONED_FILES,
    manifestTransforms: [toPrecacheUrls(metaCacheTag)],
    maximumFileSizeToCacheInBytes: 10 * 1024 * 1024,
  });
  await build({
    entryPoints: [WORKER_SOURCE],
    outfile: join(outDir, 'sw.js'),
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2022',
    define: {
      'self.__WB_MANIFEST': JSON.stringify(manifestEntries),
      'process.env.NODE_ENV': '"production"',
    },
    logLevel: 'warning',
  });
  return { files: count, bytes: size, warnings };
}
