import { test as base, expect } from '@playwright/test';

/**
 * The project's `test`: every test fails if the page asked for anything outside the
 * site's own origin (fonts, scripts, images, analytics ...). Such requests are aborted
 * so that a test never waits on the closed network.
 */
export const test = base.extend<{ foreignRequests: string[] }>({
  foreignRequests: [
    async ({ context, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      const foreign: string[] = [];
      await context.route(
        (url) => /^(https?|wss?):$/.test(url.protocol) && url.origin !== origin,
        async (route) => {
          foreign.push(route.request().url());
          await route.abort('blockedbyclient');
        },
      );
      await use(foreign);
      expect(foreign, 'requests to another origin').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
