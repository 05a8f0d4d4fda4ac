/**
 * The benchmarks' own dependencies (bench/package.json, with its own lock file): what only a
 * benchmark needs (Lighthouse) stays out of the site's `npm install`. A benchmark that needs
 * them calls `benchImport` (or `ensureBenchDeps` first): the first time, or after bench/package.json
 * changed a version, it runs `npm ci --prefix bench`, which installs exactly bench/package-lock.json
 * into bench/node_modules/ (git-ignored).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BENCH_DIR = fileURLToPath(new URL('./', import.meta.url));

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as { version?: string; dependencies?: Record<string, string> };

/** The dependencies of bench/package.json that are missing from bench/node_modules/ or at another version. */
export function missingBenchDeps(dir = BENCH_DIR): string[] {
  return Object.entries(readJson(join(dir, 'package.json')).dependencies ?? {})
    .filter(([name, version]) => {
      const manifest = join(dir, 'node_modules', name, 'package.json');
      return !existsSync(manifest) || readJson(manifest).version !== version;
    })
    .map(([name]) => name);
}

/** Installs bench/package-lock.json into bench/node_modules/ unless every dependency is there already. */
export function ensureBenchDeps(): void {
  const missing = missingBenchDeps();
  if (missing.length === 0) return;
  console.error(`Installing the benchmarks' own dependencies (${missing.join(', ')}) into bench/node_modules/ …`);
  // The npm that runs this script (`npm run bench:…`), else the one on PATH.
  const npm = process.env['npm_execpath'];
  const [command, prefix] = npm?.endsWith('.js') ? [process.execPath, [npm]] : ['npm', []];
  const result = spawnSync(command, [...prefix, 'ci', '--prefix', BENCH_DIR, '--no-audit', '--no-fund', '--loglevel=error'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm ci --prefix bench failed (exit ${result.status ?? result.signal}); run it yourself to see why.`);
}

/**
 * A dependency of the benchmarks, installed first if needed. Its type is the caller's to state:
 * the site's type check must not depend on bench/node_modules/ being installed.
 */
export async function benchImport<T>(name: string): Promise<T> {
  ensureBenchDeps();
  return (await import(name)) as T;
}
