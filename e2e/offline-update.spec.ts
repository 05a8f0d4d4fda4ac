import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildServiceWorker } from '../src/offline/build-service-worker.ts';
import { startStaticServer } from './support/preview-server.ts';
import { report } from './support/report.ts';
import { expectSearchFinds } from './support/search.ts';
import { waitForWorker } from './support/service-worker.ts';
import { OUT_DIR, sitePath } from './support/site.ts';
import { expect, test } from './support/test.ts';

/**
 * A new deploy reaches readers: online at once, and offline once the new service worker has
 * precached it. The new deploy is a copy of the fixture's build with one editorial paragraph
 * changed, and a service worker regenerated for it by the build's own function (no second site
 * build). Both are served in turn at the same address, E2E_PORT + 1.
 */

// The suite blocks service workers (playwright.config.ts); updating the offline copy is what this file tests.
test.use({ serviceWorkers: 'allow' });

const PORT = Number(process.env.E2E_PORT ?? 4322) + 1;
test.use({ baseURL: `http://127.0.0.1:${PORT}` });

/** The changed page, and the fixture's editorial paragraph on it (tests/fixture-site/content/calls/amazon-2025-q3/index.mdx). */
const PAGE = '/amazon-2025-q3/';
const EDITORIAL = '这是测试夹具的编者导语，不是真实内容。';
const CHANGED = '新部署改写了这一段。';

/**
 * The next deploy, in `dir`: the fixture's build with the editorial paragraph of PAGE rewritten,
 * and the service worker built for these files.
 */
async function nextDeploy(dir: string): Promise<void> {
  cpSync(OUT_DIR, dir, { recursive: true });
  const file = join(dir, PAGE, 'index.html');
  const html = readFileSync(file, 'utf8');
  if (!html.includes(`>${EDITORIAL}<`)) throw new Error(`${file}: the editorial paragraph "${EDITORIAL}" is gone; pick another one for this test`);
  writeFileSync(file, html.replace(`>${EDITORIAL}<`, `>${CHANGED}<`));
  await buildServiceWorker(dir);
}

test('after a new deploy, a reader gets the changed page online at once, and offline once the new worker has precached it', async ({ page, context }) => {
  test.setTimeout(90_000);
  const next = test.info().outputPath('next-deploy');
  const server = await startStaticServer(OUT_DIR, PORT);
  try {
    const deployStart = Date.now();
    await nextDeploy(next);
    const deployMs = Date.now() - deployStart;

    await page.goto(sitePath(PAGE));
    await waitForWorker(page);
    await expect(page.locator('main')).toContainText(EDITORIAL);

    // Deployed: the old worker still controls the page, and its precache holds the old page.
    server.serve(next);
    const start = Date.now();
    await page.reload();
    await expect(page.locator('main')).toContainText(CHANGED);
    await expect(page.locator('main')).not.toContainText(EDITORIAL);
    const onlineMs = Date.now() - start;

    // The new worker installs (its precache list differs), takes over, and serves the new build offline.
    const installMs = await page.evaluate(async () => {
      const begin = performance.now();
      const registration = await navigator.serviceWorker.ready;
      await registration.update();
      for (const worker of [registration.installing, registration.waiting]) {
        if (!worker) continue;
        await new Promise((resolve) => {
          const settled = () => (worker.state === 'activated' || worker.state === 'redundant') && resolve(null);
          worker.addEventListener('statechange', settled);
          settled();
        });
      }
      return performance.now() - begin;
    });
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('main')).toContainText(CHANGED);
    // Pagefind asks for its entry under a new `?ts=` each time; the new worker answers with the one it precached.
    await expectSearchFinds(page, 'Trainium', '/amazon-2025-q3/chips/');
    report({
      'next deploy: copy, edit, new sw.js (ms)': deployMs,
      'changed page shown online after reload (ms)': onlineMs,
      'new worker installed and active (ms)': Math.round(installMs),
    });
  } finally {
    await server.stop();
    rmSync(next, { recursive: true, force: true });
  }
});
