import type { Page } from '@playwright/test';
import { sitePath } from './site.ts';
import { expect } from './test.ts';

/** Searches from the current page's search dialog and expects `route` among the results. */
export async function expectSearchFinds(page: Page, query: string, route: string): Promise<void> {
  const dialog = page.getByRole('dialog');
  if (!(await dialog.isVisible())) await page.getByRole('button', { name: '搜索' }).click();
  await dialog.getByRole('textbox', { name: '搜索' }).fill(query);
  await expect(resultLink(page, route).first(), `search for ${query}`).toBeVisible();
}

/** Result links to a route, with or without a highlight query or an anchor (`/aws/?pagefind-highlight=…#l9`). */
export function resultLink(page: Page, route: string) {
  const path = sitePath(route);
  return page.locator(['', '?', '#'].map((suffix) => `.pagefind-ui__result-link[href${suffix ? '^' : ''}="${path}${suffix}"]`).join(', '));
}

/** Opens the search dialog on `route` with its button; returns the search box. */
export async function openSearch(page: Page, route = '/') {
  await page.goto(sitePath(route));
  await page.getByRole('button', { name: '搜索' }).click();
  return page.getByRole('dialog').getByRole('textbox', { name: '搜索' });
}

/** Waits until the dialog shows the finished results of `query`; returns their page paths, in order. */
export async function shownResults(page: Page, query: string): Promise<string[]> {
  const message = page.locator('#starlight__search .pagefind-ui__message');
  await expect(message).toContainText(query);
  await expect(message).not.toContainText('正在搜索');
  // Each result fills in when its data has loaded.
  await expect(page.locator('#starlight__search .pagefind-ui__loading')).toHaveCount(0);
  return page
    .locator('#starlight__search .pagefind-ui__result-inner > .pagefind-ui__result-title > .pagefind-ui__result-link')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

/**
 * The search box of the home page's dialog: the dialog already open on the home page (the
 * previous search of a test, or of a serial group that shares the page), as a reader searches
 * again, else opened on a newly loaded home page.
 */
export async function homeSearchBox(page: Page) {
  const dialog = page.getByRole('dialog');
  const url = new URL(page.url());
  const onHome = url.protocol.startsWith('http') && url.pathname === sitePath('/');
  return onHome && (await dialog.isVisible()) ? dialog.getByRole('textbox', { name: '搜索' }) : openSearch(page);
}

/** Searches from the home page's dialog (`homeSearchBox`); returns the result page paths, in order. `shownResults` waits for this very query's results. */
export async function search(page: Page, query: string): Promise<string[]> {
  await (await homeSearchBox(page)).fill(query);
  return shownResults(page, query);
}
