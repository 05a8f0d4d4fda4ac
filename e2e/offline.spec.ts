import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { collectPageProblems } from './support/page-problems.ts';
import { runAstro, startPreview } from './support/preview-server.ts';
import { expectSearchFinds } from './support/search.ts';
import { OUT_DIR, pages, sitePath } from './support/site.ts';
import { expect, test } from './support/test.ts';

// The suite blocks service workers (playwright.config.ts); offline reading is what this file tests.
test.use({ serviceWorkers: 'allow' });

/** Three kinds of query a reader types: a Chinese word, a Latin term, a number with its unit. */
const SEARCHES = [
  { query: '柯伊伯', route: '/amazon-2025-q3/kuiper/' },
  { query: 'Graviton', route: '/amazon-2025-q3/chips/' },
  { query: '1320亿美元', route: '/amazon-2025-q3/aws/' },
];

/** Waits until a service worker controls the page; returns how long that took in ms. */
function waitForWorker(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const start = performance.now();
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
    return performance.now() - start;
  });
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

function report(figures: Record<string, string | number>): void {
  for (const [name, value] of Object.entries(figures)) test.info().annotations.push({ type: name, description: String(value) });
  console.log(
    Object.entries(figures)
      .map(([name, value]) => `${name}: ${value}`)
      .join('\n'),
  );
}

test('offline, every page opens and search finds the expected pages', async ({ page, context, baseURL }) => {
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

  const pageTimes: number[] = [];
  for (const { route, title } of pages) {
    const start = Date.now();
    await page.goto(sitePath(route));
    await expect(page.locator('h1').first(), route).toHaveText(title);
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

test.describe('after a new deploy', () => {
  const ROOT = resolve(import.meta.dirname, '..');
  const PORT = Number(process.env.E2E_PORT ?? 4322) + 1;
  const CHANGED = '（第二次构建改写了这一段。）';
  test.use({ baseURL: `http://127.0.0.1:${PORT}` });

  /**
   * A copy of the project whose call overview has one editorial paragraph changed. It lives
   * inside the project (under test-results/) so that it finds the project's node_modules.
   */
  function projectWithChangedParagraph(): string {
    const copy = test.info().outputPath('project');
    const skip = new Set(['node_modules', '.git', '.astro', 'test-results', 'playwright-report']);
    for (const entry of readdirSync(ROOT)) {
      if (!skip.has(entry) && !entry.startsWith('dist')) cpSync(join(ROOT, entry), join(copy, entry), { recursive: true });
    }
    const file = join(copy, 'content', 'calls', 'amazon-2025-q3', 'index.mdx');
    const text = readFileSync(file, 'utf8');
    const changed = text.replace(/^(亚马逊于.*)$/m, `$1${CHANGED}`);
    if (changed === text) throw new Error(`${file}: the editorial paragraph starting with 亚马逊于 is gone; pick another one for this test`);
    writeFileSync(file, changed);
    return copy;
  }

  test('an online reader gets the changed page, and the new build replaces the offline copy', async ({ page, context }) => {
    test.setTimeout(180_000);
    const copy = projectWithChangedParagraph();
    let server = await startPreview(ROOT, OUT_DIR, PORT);
    try {
      const buildStart = Date.now();
      await runAstro(copy, ['build', '--outDir', 'dist-next']);
      const rebuildMs = Date.now() - buildStart;

      await page.goto(sitePath('/amazon-2025-q3/'));
      await waitForWorker(page);
      await expect(page.locator('main')).not.toContainText(CHANGED);

      await server.stop();
      server = await startPreview(copy, 'dist-next', PORT);
      const start = Date.now();
      await page.reload();
      await expect(page.locator('main')).toContainText(CHANGED);
      const updateMs = Date.now() - start;

      // The new worker takes over and precaches the new build: offline, the page is the new one.
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.ready;
        await registration.update();
        const next = registration.installing ?? registration.waiting;
        if (next) await new Promise((resolve) => next.addEventListener('statechange', () => next.state === 'activated' && resolve(null)));
      });
      await context.setOffline(true);
      await page.reload();
      await expect(page.locator('main')).toContainText(CHANGED);
      report({ 'second build (ms)': rebuildMs, 'changed page shown after reload (ms)': updateMs });
    } finally {
      await server.stop();
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
