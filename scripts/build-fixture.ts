/**
 * `npm run build:fixture`: copies the project with the tests' fixture content
 * (tests/support/fixture-site.ts) and builds it once, with Astro's own API, under the fixture's
 * sub-path. The unit tests over built pages and the e2e tests read that one build.
 */
import { build } from 'astro';
import { copyFixtureSite, FIXTURE_DIST, FIXTURE_ENV } from '../tests/support/fixture-site.ts';

Object.assign(process.env, FIXTURE_ENV, { ASTRO_TELEMETRY_DISABLED: '1' });
const root = copyFixtureSite('site');
const started = performance.now();
await build({ root, logLevel: 'warn' });
console.log(`fixture site built in ${((performance.now() - started) / 1000).toFixed(1)} s: ${FIXTURE_DIST}`);
