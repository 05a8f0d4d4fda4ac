import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './e2e/support/chromium.ts';
import { FIXTURE_ENV, FIXTURE_SITE } from './tests/support/fixture-site.ts';

const PORT = Number(process.env.E2E_PORT ?? 4322);
const BASE = FIXTURE_ENV.BASE_PATH;

const browser = findChromium();
if ('error' in browser) {
  console.error(browser.error);
  process.exit(1);
}

/**
 * End-to-end tests run against the fixture site's production build (`npm run build:fixture`
 * first: two synthetic calls under a sub-path, tests/support/fixture-site.ts), served by
 * `astro preview`. Only what needs a browser is tested here; the built pages' markup is
 * tested by the unit runner (tests/site/).
 */
export default defineConfig({
  testDir: './e2e',
  forbidOnly: Boolean(process.env.CI),
  // Any test may run on either worker, so that a long file (reading.spec.ts) does not keep one
  // worker busy while the other waits. Tests that share one page say so (mode: 'serial').
  fullyParallel: true,
  // CI machines are busy (two workers, a service worker
  // precaching every page): a first search can take seconds. Wait longer, and retry once in CI.
  retries: process.env.CI ? 1 : 0,
  expect: { timeout: 10_000 },
  workers: 2,
  reporter: process.env.CI ? 'list' : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: { executablePath: browser.path, args: CHROMIUM_ARGS },
    locale: 'zh-CN',
    trace: 'retain-on-failure',
    // A registered service worker downloads the whole site into its precache in every new
    // browser context, that is in every test. Only the specs about offline reading, the base
    // path and the CSP need it; they allow it with `test.use({ serviceWorkers: 'allow' })`.
    serviceWorkers: 'block',
  },
  webServer: {
    // --ignore-lock: run beside a preview the contributor may have open (`npm start`) instead of failing.
    command: `npm run preview -- --root ${FIXTURE_SITE} --host 127.0.0.1 --port ${PORT} --ignore-lock`,
    env: { ...FIXTURE_ENV },
    url: `http://127.0.0.1:${PORT}${BASE}`,
    reuseExistingServer: !process.env.CI,
    stdout: 'ignore',
    // Astro loads the whole config (integrations, dictionaries) before it serves: over a minute
    // on a busy 2-core machine.
    timeout: 180_000,
  },
});
