import type { Route } from '@playwright/test';
import { collectPageProblems } from './support/page-problems.ts';
import { waitForWorker } from './support/service-worker.ts';
import { pages, sitePath } from './support/site.ts';
import { expect, test } from './support/test.ts';

// The suite blocks service workers (playwright.config.ts); offline reading is what this file tests.
test.use({ serviceWorkers: 'allow' });

const OFFLINE_TITLE = '离线中：这个页面还没有保存到本机';
const titleOf = (route: string) => pages.find((p) => p.route === route)?.title ?? route;

test('offline, a page opens without its trailing slash, as index.html, and under an old URL', async ({ page, context }) => {
  await page.goto(sitePath('/'));
  await waitForWorker(page);
  await context.setOffline(true);
  // A call's page without its slash and as index.html; an old URL of a page (a redirect page, tests/fixture-site/content/redirects.yaml); the call list.
  for (const [path, title] of [
    ['/amazon-2025-q3/aws', titleOf('/amazon-2025-q3/aws/')],
    ['/amazon-2025-q3/aws/index.html', titleOf('/amazon-2025-q3/aws/')],
    ['/qa', titleOf('/amazon-2025-q3/qa/')],
    ['/index.html', '亚马逊财报电话会精华'],
  ] as const) {
    await page.goto(sitePath(path));
    await expect(page.locator('h1').first(), path).not.toHaveText(OFFLINE_TITLE);
    await expect(page.locator('h1').first(), path).toHaveText(title);
  }
});

test('online on a slow network, a page that was never cached waits for the network instead of saying offline', async ({ page, context }) => {
  test.setTimeout(60_000);
  await page.goto(sitePath('/'));
  await waitForWorker(page);
  // A page of a newer deploy: not in this build's precache, and the network takes 8 s (the
  // worker gives up on the network after 5 s only where it has a cached copy).
  const NEW_PAGE = sitePath('/a-page-from-a-later-deploy/');
  await context.route(
    (url) => url.pathname === NEW_PAGE,
    async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 8_000));
      await route.fulfill({ contentType: 'text/html; charset=utf-8', body: '<!doctype html><html lang="zh-CN"><title>新页面</title><h1>新页面</h1></html>' });
    },
  );
  const start = Date.now();
  await page.goto(NEW_PAGE, { timeout: 30_000 });
  await expect(page.locator('h1')).toHaveText('新页面');
  expect(Date.now() - start).toBeGreaterThanOrEqual(8_000);
});

test('a failed precache download says offline reading is not ready, once, and a retry installs the worker', async ({ page, context }) => {
  test.setTimeout(90_000);
  const problems = await collectPageProblems(page);
  // Fail the worker's download of one file to precache, as a flaky connection would, until the
  // route is removed. (The page itself never requests the offline page.)
  const offlinePage = (url: URL) => url.pathname === sitePath('/offline/');
  const failPrecache = (route: Route) => (route.request().serviceWorker() ? route.abort('connectionreset') : route.continue());
  await context.route(offlinePage, failPrecache);
  await page.goto(sitePath('/'));
  const notice = page.locator('#offline-not-ready');
  await expect(notice).toHaveText('离线阅读尚未就绪：有文件没有下载成功，稍后会自动重试。', { timeout: 20_000 });
  await expect(notice).toHaveAttribute('role', 'status');
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();

  await context.unroute(offlinePage, failPrecache);
  // The retry (5 s after the failure) installs the worker, and the notice goes away.
  await waitForWorker(page);
  await expect(notice).toHaveCount(0);
  await context.setOffline(true);
  await page.goto(sitePath('/amazon-2025-q3/aws/'));
  await expect(page.locator('h1').first()).toHaveText(titleOf('/amazon-2025-q3/aws/'));
  // The failed install must not have left an error on the page (a warning is not an error).
  expect(problems).toEqual([]);
});
