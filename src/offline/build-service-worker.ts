import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { precacheManifest } from './precache.ts';

const WORKER_SOURCE = fileURLToPath(new URL('./service-worker.ts', import.meta.url));

export interface PrecacheSize {
  files: number;
  bytes: number;
  warnings: string[];
}

/**
 * Writes `sw.js` into a finished build: lists the files to precache (./precache.ts),
 * then bundles service-worker.ts with that list (src/integrations/post-build.ts runs it after the search index).
 */
export async function buildServiceWorker(outDir: string): Promise<PrecacheSize> {
  const { entries, bytes, warnings } = precacheManifest(outDir);
  await build({
    entryPoints: [WORKER_SOURCE],
    outfile: join(outDir, 'sw.js'),
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2022',
    define: {
      'self.__WB_MANIFEST': JSON.stringify(entries),
      'process.env.NODE_ENV': '"production"',
    },
    logLevel: 'warning',
  });
  return { files: entries.length, bytes, warnings };
}
