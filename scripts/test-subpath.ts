/**
 * `npm run test:e2e:subpath`: builds the site under a sub-path into dist-subpath/ and runs
 * the whole e2e suite against it, served by `astro preview`, which answers only under that
 * prefix. Proves that links, assets, search, the service worker, the sitemap and the 404
 * page respect the base path. The main dist/ is left as it is.
 */
import { spawnSync } from 'node:child_process';

// Written without slashes, as people type it: the build normalises it to /some/sub/
// (src/utils/base-path.ts). A site URL and a repository of its own, as a deploy has (the root
// run has neither: localhost links and no edit link).
const SUBPATH = 'some/sub';
const OUT_DIR = 'dist-subpath';
const env = {
  ...process.env,
  BASE_PATH: SUBPATH,
  SITE_URL: 'https://example.github.io',
  REPOSITORY_URL: 'https://github.com/example/amazon-q3',
  E2E_OUT_DIR: OUT_DIR,
};

function npm(args: string[]): void {
  const { status } = spawnSync('npm', args, { env, stdio: 'inherit', shell: process.platform === 'win32' });
  if (status !== 0) process.exit(status ?? 1);
}

console.log(`Building and testing the site under ${SUBPATH} (${OUT_DIR}/)`);
npm(['run', 'build', '--', '--outDir', OUT_DIR]);
npm(['run', 'test:e2e']);
