/**
 * `npm run build:fixture`: copies the project with the tests' fixture content
 * (tests/support/fixture-site.ts) and builds it once, with Astro's own API, under the fixture's
 * sub-path. The unit tests over built pages and the e2e tests read that one build.
 */
import { build } from 'astro';
import { execFileSync } from 'node:child_process';
import { copyFixtureSite, FIXTURE_COMMIT_DATE, FIXTURE_DIST, FIXTURE_ENV } from '../tests/support/fixture-site.ts';

Object.assign(process.env, FIXTURE_ENV, { ASTRO_TELEMETRY_DISABLED: '1' });
const root = copyFixtureSite('site');
// Its content in a repository of its own, committed at a known date, as a deploy's checkout is.
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=fixture', '-c', 'user.email=fixture@example.invalid', ...args], {
    cwd: root,
    env: { ...process.env, GIT_AUTHOR_DATE: FIXTURE_COMMIT_DATE, GIT_COMMITTER_DATE: FIXTURE_COMMIT_DATE },
  });
git('init', '-q');
git('add', 'content');
git('commit', '-q', '-m', 'fixture content');
// As `npm run build` runs: from the site's folder (git dates and messages name its own files).
process.chdir(root);
const started = performance.now();
await build({ root, logLevel: 'warn' });
console.log(`fixture site built in ${((performance.now() - started) / 1000).toFixed(1)} s: ${FIXTURE_DIST}`);
