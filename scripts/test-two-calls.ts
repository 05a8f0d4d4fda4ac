/**
 * `npm run test:e2e:calls`: builds the site with the tests' synthetic second call
 * (tests/fixtures/calls/, added through EXTRA_CALLS_DIR; never part of the published site) under
 * a sub-path into dist-two-calls/, and runs the many-calls e2e tests against it: two calls build
 * together, each checked on its own source, with the call list, call switch, call filter,
 * cross-quarter chart and redirects.
 */
import { spawnSync } from 'node:child_process';

const SUBPATH = '/two/calls/';
const OUT_DIR = 'dist-two-calls';
const env = { ...process.env, EXTRA_CALLS_DIR: 'tests/fixtures/calls', BASE_PATH: SUBPATH, E2E_OUT_DIR: OUT_DIR };

function npm(args: string[]): void {
  const { status } = spawnSync('npm', args, { env, stdio: 'inherit', shell: process.platform === 'win32' });
  if (status !== 0) process.exit(status ?? 1);
}

console.log(`Building the site with the synthetic second call under ${SUBPATH} (${OUT_DIR}/)`);
npm(['run', 'check:transcript']);
npm(['run', 'check:figures']);
npm(['run', 'build', '--', '--outDir', OUT_DIR]);
npm(['run', 'test:e2e', '--', 'e2e/calls.spec.ts']);
