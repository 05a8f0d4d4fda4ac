/**
 * Where the build keeps what it can reuse between builds, and what decides whether it can:
 * `node_modules/.cache/<package name>/`, where Astro and Vite users expect build caches (the
 * search dictionaries, src/search/dictionary-cache.ts; the built pages' scans, src/built/scan-cache.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT_DIR = fileURLToPath(new URL('../../', import.meta.url));

/** `node_modules/.cache/<name of package.json>/`. */
export function defaultCacheDir(): string {
  const { name } = JSON.parse(readFileSync(join(PROJECT_DIR, 'package.json'), 'utf8')) as { name: string };
  return join(PROJECT_DIR, 'node_modules', '.cache', name);
}

/** The installed version of a package: its package.json, found above its entry point. */
export function installedVersion(name: string): string {
  let dir = dirname(fileURLToPath(import.meta.resolve(name)));
  for (;;) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (manifest.name === name) return manifest.version ?? '';
    }
    const parent = dirname(dir);
    if (parent === dir) return '';
    dir = parent;
  }
}
