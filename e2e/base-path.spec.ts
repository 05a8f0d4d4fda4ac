import type { Page } from '@playwright/test';
import { collectPageProblems } from './support/page-problems.ts';
import { expectSearchFinds } from './support/search.ts';
import { BASE, pages, SITE_URL, sitePath } from './support/site.ts';
import { expect, sharedPage, test } from './support/test.ts';

// The suite blocks service workers (playwright.config.ts); the service worker's own requests must stay under the base path too.
test.use({ serviceWorkers: 'allow' });

/** Collects the same-origin requests of a page that leave the base path. */
function requestsOutsideBase(page: Page, baseURL: string | undefined): string[] {
  const origin = new URL(baseURL ?? '').origin;
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === origin && !url.pathname.startsWith(BASE)) outside.push(url.pathname);
  });
  return outside;
}

// One test per page (a busy machine must not add up every page's load time against one
// timeout), all on one browser page: a fresh context per page cost more than the checks. The
// first page registers the service worker; it serves the pages after it, as for a returning reader.
test.describe('each page', () => {
  test.describe.configure({ mode: 'serial' });
  const shared = sharedPage();
  let outside: string[] = [];
  test.beforeAll(({}, testInfo) => {
    outside = requestsOutsideBase(shared(), testInfo.project.use.baseURL);
  });

  for (const route of [...pages.map((p) => p.route), '/no-such-page/']) {
    test(`every request of ${route} stays under the base path`, async () => {
      const page = shared();
      outside.splice(0);
      await page.goto(sitePath(route));
      await page.waitForLoadState('load');
      expect(outside).toEqual([]);
    });
  }
});

test('every request of a search stays under the base path', async ({ page, baseURL }) => {
  const outside = requestsOutsideBase(page, baseURL);
  await page.goto(sitePath('/'));
  await expectSearchFinds(page, '芯片', '/amazon-2025-q3/chips/');
  expect(outside).toEqual([]);
});

test('a root-relative link in content gets the base path', async ({ page }) => {
  await page.goto(sitePath('/amazon-2025-q3/'));
  const link = page.getByRole('link', { name: 'AWS 页最后一段' });
  await expect(link).toHaveAttribute('href', sitePath('/amazon-2025-q3/aws/#l60'));
  await link.click();
  await expect(page.locator('#l60')).toBeInViewport();
});

test('the web app manifest and its icons load under the base path', async ({ page, request }) => {
  await page.goto(sitePath('/'));
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe(sitePath('/manifest.webmanifest'));
  const manifestUrl = new URL(href ?? '', page.url());
  const manifest = (await (await request.get(manifestUrl.href)).json()) as {
    lang: string;
    name: string;
    start_url: string;
    icons: Array<{ src: string; sizes: string }>;
  };
  expect(manifest.lang).toBe('zh-CN');
  expect(manifest.name).toContain('亚马逊');
  expect(new URL(manifest.start_url, manifestUrl).pathname).toBe(sitePath('/'));
  expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons) {
    const response = await request.get(new URL(icon.src, manifestUrl).href);
    expect(response.status(), icon.src).toBe(200);
    expect(response.headers()['content-type'], icon.src).toMatch(/^image\//);
  }
});

test('the sitemap and canonical links use the site URL and base path', async ({ page, request }) => {
  const index = await (await request.get(sitePath('/sitemap-index.xml'))).text();
  expect(index).toContain(`<loc>${new URL(sitePath('/sitemap-0.xml'), SITE_URL).href}</loc>`);
  const sitemap = await (await request.get(sitePath('/sitemap-0.xml'))).text();
  for (const { route } of pages) expect(sitemap, route).toContain(`<loc>${new URL(sitePath(route), SITE_URL).href}</loc>`);
  await page.goto(sitePath('/amazon-2025-q3/aws/'));
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new URL(sitePath('/amazon-2025-q3/aws/'), SITE_URL).href);
});

test('the 404 page is styled and links home under the base path', async ({ page }) => {
  const problems = await collectPageProblems(page);
  const response = await page.goto(sitePath('/no-such-page/'));
  expect(response?.status()).toBe(404);
  await expect(page.locator('a.site-title')).toHaveAttribute('href', sitePath('/'));
  // Starlight's layout only renders correctly when its stylesheet loaded.
  await expect(page.locator('header.header')).toHaveCSS('position', 'fixed');
  expect(problems).toEqual([]);
});
