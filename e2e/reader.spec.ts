import { CALL, pages, sitePath } from './support/site.ts';
import { expect, test } from './support/test.ts';

/**
 * What a reader does with a paragraph that needs a browser: copy its link (clipboard and
 * announcement), land on it from a link (scrolled to and marked), print it. Which controls and
 * links the pages have is tested on the built HTML (tests/site/reading.test.ts).
 */
const route = `/${CALL}/aws/`;
const awsPage = pages.find((page) => page.route === route);
const [paragraph] = awsPage?.paragraphs ?? [];
const unit = awsPage?.qas[0];
if (!paragraph || !unit) throw new Error(`the fixture's ${route} has no paragraph or no Q&A unit`);

test('copy-link buttons copy the full URL of a paragraph and of a Q&A unit, by keyboard, and say so', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(sitePath(route));
  const button = page.locator(`#l${paragraph.line} > button.tx-copy`);
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button.locator('.tx-copy__label')).toHaveText('已复制链接');
  await expect(page.getByRole('status').filter({ hasText: '已复制链接' })).toHaveCount(1);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${sitePath(route)}#l${paragraph.line}`);

  await page.locator(`#q${unit.line}`).hover();
  await page.locator(`#q${unit.line} > button.tx-copy`).click();
  const url = await page.evaluate(() => navigator.clipboard.readText());
  expect(url).toBe(`${baseURL}${sitePath(route)}#q${unit.line}`);
  // The copied link leads back to the unit, scrolled to and marked.
  await page.goto(sitePath('/'));
  await page.goto(url);
  await expect(page.locator(`#q${unit.line}`)).toBeInViewport();
  await expect(page.locator(`#q${unit.line}`)).toHaveCSS('outline-style', 'solid');
});

test('landing on #l<n> scrolls to the paragraph and marks it, and only it', async ({ page }) => {
  const last = awsPage?.paragraphs.at(-1)?.line ?? 0;
  await page.goto(sitePath(`/${CALL}/transcript/#l${last}`));
  const target = page.locator(`#l${last}`);
  await expect(target).toBeInViewport();
  await expect(target).toHaveCSS('outline-style', 'solid');
  await expect(page.locator(`#l${last - 1}`)).not.toHaveCSS('outline-style', 'solid');
});

test('a page prints without sidebar, header or buttons, with its links written out', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto(sitePath(`/${CALL}/`));
  await expect(page.locator('#starlight__sidebar')).toBeHidden();
  await expect(page.locator('header.header')).toBeHidden();
  const link = page.locator('.sl-markdown-content p a[href]').last();
  const href = await link.getAttribute('href');
  expect(await link.evaluate((anchor) => getComputedStyle(anchor, '::after').content)).toBe(`" <${href}>"`);
  await page.goto(sitePath(route));
  await expect(page.locator('.tx-copy').first()).toBeHidden();
  await expect(page.locator('.key-figures')).toBeHidden();
  await expect(page.locator(`#l${paragraph.line}`)).toBeVisible();
});
