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

test("Starlight's own layout is intact: the search dialog is centred, the page footer keeps its top margin", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(sitePath('/amazon-2025-q3/aws/'));
  const footer = page.locator('footer.sl-flex').first();
  expect(await footer.evaluate((element) => parseFloat(getComputedStyle(element).marginTop))).toBeGreaterThan(0);
  await page.getByRole('button', { name: '搜索' }).click();
  const box = await page.getByRole('dialog').boundingBox();
  expect(box).not.toBeNull();
  if (!box) return;
  expect(Math.abs(box.x - (1280 - box.x - box.width)), 'as far from the left edge as from the right').toBeLessThan(2);
  expect(box.y).toBeGreaterThan(0);
});
