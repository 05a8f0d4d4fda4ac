/**
 * `npm run test:e2e:subpath`: builds the site under a sub-path into dist-subpath/ and runs
 * the whole e2e suite against it, served by `astro preview`, which answers only under that
 * prefix. Proves that links, assets, search, the service worker, the sitemap and the 404
 * page respect the base path. The main dist/ is left as it is.
 */
import { spawnSync } from 'node:child_process';

const SUBPATH = '/some/sub/';
const OUT_DIR = 'dist-subpath';
const env = { ...process.env, BASE_PATH: SUBPATH, E2E_OUT_DIR: OUT_DIR };

function npm(args: string[]): void {
  const { status } = spawnSync('npm', args, { env, stdio: 'inherit', shell: process.platform === 'win32' });
  if (status !== 0) process.exit(status ?? 1);
}

console.log(`Building and testing the site under ${SUBPATH} (${OUT_DIR}/)`);
npm(['run', 'build', '--', '--outDir', OUT_DIR]);
npm(['run', 'test:e2e']);
