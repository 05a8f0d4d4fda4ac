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
