import type { Page } from '@playwright/test';
import { collectPageProblems } from './support/page-problems.ts';
import { report } from './support/report.ts';
import { expectSearchFinds } from './support/search.ts';
import { waitForWorker } from './support/service-worker.ts';
import { sitePath } from './support/site.ts';
import { builtHtml, builtSitemapPaths } from './support/sitemap.ts';
import { expect, test } from './support/test.ts';

// The suite blocks service workers (playwright.config.ts); offline reading is what this file tests.
test.use({ serviceWorkers: 'allow' });

/** Three kinds of query a reader types, each found in one fixture page: a Chinese word, a Latin term, a number with its unit. */
const SEARCHES = [
  { query: '拉斯维加斯', route: '/amazon-2025-q3/zoox/' },
  { query: 'Trainium', route: '/amazon-2025-q3/chips/' },
  { query: '330亿美元', route: '/amazon-2025-q3/aws/' },
];

/** The `<title>` the build wrote for a page path. */
function builtTitle(path: string): string {
  const title = /<title>([^<]*)<\/title>/.exec(builtHtml(path))?.[1];
  if (title === undefined) throw new Error(`${path}: the built page has no <title>`);
  const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
  return title.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => entities[entity] ?? entity);
}

/** The precache as the browser holds it: number of responses and their total bytes. */
function precacheSize(page: Page): Promise<{ files: number; bytes: number }> {
  return page.evaluate(async () => {
    let files = 0;
    let bytes = 0;
    for (const name of (await caches.keys()).filter((key) => key.includes('precache'))) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        files += 1;
        bytes += (await response?.arrayBuffer())?.byteLength ?? 0;
      }
    }
    return { files, bytes };
  });
}

test('after one visit under the base path, offline every page opens, search finds, and an unknown page says offline', async ({ page, context, baseURL }) => {
  test.setTimeout(120_000);
  const problems = await collectPageProblems(page);
  await page.goto(sitePath('/'));
  const workerReadyMs = await waitForWorker(page);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(new URL(sitePath('/'), baseURL).href);
  const precache = await precacheSize(page);

  await context.setOffline(true);
  // Proof that the network is gone for the worker too: a file it never cached cannot be fetched.
  const probe = await context.newPage();
  await probe.goto(sitePath('/'));
  expect(
    await probe.evaluate(
      (url) =>
        fetch(url).then(
          () => 'fetched',
          () => 'failed',
        ),
      sitePath('/sitemap-index.xml'),
    ),
  ).toBe('failed');
  await probe.close();

  // Every page of the sitemap, each the page the build wrote.
  const pageTimes: number[] = [];
  for (const path of builtSitemapPaths()) {
    const start = Date.now();
    await page.goto(path);
    await expect(page, path).toHaveTitle(builtTitle(path));
    pageTimes.push(Date.now() - start);
  }
  const searchTimes: string[] = [];
  for (const { query, route } of SEARCHES) {
    const start = Date.now();
    await expectSearchFinds(page, query, route);
    searchTimes.push(`${query} ${Date.now() - start} ms`);
  }

  await page.goto(sitePath('/never-cached/'));
  await expect(page.locator('h1')).toHaveText('离线中：这个页面还没有保存到本机');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  expect(problems).toEqual([]);

  report({
    'worker ready after first visit (ms)': Math.round(workerReadyMs),
    'precached in the browser (files)': precache.files,
    'precached in the browser (bytes)': precache.bytes,
    'offline pages opened': pageTimes.length,
    'offline page load, median / max (ms)': `${[...pageTimes].sort((a, b) => a - b)[Math.floor(pageTimes.length / 2)]} / ${Math.max(...pageTimes)}`,
    'offline searches': searchTimes.join(', '),
  });
});
