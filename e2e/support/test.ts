import { test as base, type BrowserContext, expect, type Page } from '@playwright/test';

/**
 * Records, and aborts, every request of `context` to another origin than `baseURL`'s
 * (fonts, scripts, images, analytics ...), so that a test never waits on the closed network.
 * Returns the list the requests go to.
 */
async function blockForeignRequests(context: BrowserContext, baseURL: string | undefined): Promise<string[]> {
  const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
  const foreign: string[] = [];
  await context.route(
    (url) => /^(https?|wss?):$/.test(url.protocol) && url.origin !== origin,
    async (route) => {
      foreign.push(route.request().url());
      await route.abort('blockedbyclient');
    },
  );
  return foreign;
}

/**
 * The project's `test`: every test fails if its page asked for anything outside the
 * site's own origin. (Tests of a serial group that share one page, `sharedPage()`, get the
 * same check after each test.)
 */
export const test = base.extend({
  context: async ({ context, baseURL }, use) => {
    const foreign = await blockForeignRequests(context, baseURL);
    await use(context);
    expect(foreign, 'requests to another origin').toEqual([]);
  },
});

/**
 * One page for all the tests of a file or describe block, which must run in order
 * (`test.describe.configure({ mode: 'serial' })`): for tests that each look at one page of
 * the site, a fresh browser context per test costs more than the check itself. The context
 * gets the block's options (`test.use`) like any other; after each test, requests to
 * another origin fail it, as in `test`. Call at the top of the block; the returned function
 * gives the page inside a test.
 */
export function sharedPage(): () => Page {
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let foreign: string[] = [];
  test.beforeAll(async ({ browser }, testInfo) => {
    // The block's `test.use` options apply to a context created here as to the `context` fixture.
    context = await browser.newContext();
    foreign = await blockForeignRequests(context, testInfo.project.use.baseURL);
    page = await context.newPage();
  });
  test.afterEach(() => {
    const seen = foreign.splice(0);
    expect(seen, 'requests to another origin').toEqual([]);
  });
  test.afterAll(async () => {
    await context?.close();
  });
  return () => {
    if (!page) throw new Error('sharedPage(): the page is created in beforeAll; use it inside a test');
    return page;
  };
}

export { expect };
