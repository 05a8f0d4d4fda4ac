import { collectPageProblems } from './support/page-problems.ts';
import { sitePath } from './support/site.ts';
import { expect, test } from './support/test.ts';

/**
 * The server's answer to an unknown path: the 404 page, with the site's styles and scripts
 * under the base path. Its markup (language, title, links home) is tested on the built HTML
 * (tests/site/pages.test.ts), with every other page's.
 */
test('an unknown path answers 404 with the styled 404 page, without errors', async ({ page }) => {
  const problems = await collectPageProblems(page);
  const response = await page.goto(sitePath('/no-such-page/'));
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('404：找不到这个页面');
  // Starlight's layout only renders correctly when its stylesheet loaded.
  await expect(page.locator('header.header')).toHaveCSS('position', 'fixed');
  expect(problems).toEqual([]);
});
