import type { Page } from '@playwright/test';
import { expectSearchFinds } from './support/search.ts';
import { BASE, CALL, sitePath } from './support/site.ts';
import { expect, sharedPage, test } from './support/test.ts';

/**
 * Under a sub-path, every request a page makes at run time (styles, scripts, the service
 * worker, search files) stays under it. The links and sources the build wrote are tested on the
 * built HTML (tests/site/pages.test.ts); here, what the browser asks for.
 */
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

/** One page of each layout, and an unknown path. */
const LAYOUTS = ['/', `/${CALL}/`, `/${CALL}/aws/`, `/${CALL}/figures/`, `/${CALL}/transcript/`, '/topics/aws/', '/glossary/', '/no-such-page/'];

// One browser page for all: the first page registers the service worker; it serves the pages
// after it, as for a returning reader.
test.describe('a page of each layout', () => {
  test.describe.configure({ mode: 'serial' });
  const shared = sharedPage();
  let outside: string[] = [];
  test.beforeAll(({}, testInfo) => {
    outside = requestsOutsideBase(shared(), testInfo.project.use.baseURL);
  });

  for (const route of LAYOUTS) {
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
  await expectSearchFinds(page, '芯片', `/${CALL}/chips/`);
  expect(outside).toEqual([]);
});
