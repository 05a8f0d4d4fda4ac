import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { sitePath } from './support/site.ts';
import { sitemapPaths } from './support/sitemap.ts';
import { expect, test } from './support/test.ts';

/** WCAG 2.2 A and AA (with the 2.0/2.1 rules they include) plus axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/**
 * Rules switched off, each with its reason. Keep this list empty unless a rule cannot
 * apply to this site; a rule that fails because of our markup must be fixed instead.
 */
const DISABLED_RULES: Record<string, string> = {};

async function violations(page: Page, include?: string) {
  let builder = new AxeBuilder({ page }).withTags(TAGS).disableRules(Object.keys(DISABLED_RULES));
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations.map((v) => ({ rule: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((node) => node.target.join(' ')) }));
}

test('every page in the sitemap has no axe violations', async ({ page, request }) => {
  const paths = await sitemapPaths(request);
  expect(paths.length).toBeGreaterThan(5);
  for (const path of paths) {
    await page.goto(path);
    expect(await violations(page), path).toEqual([]);
  }
});

test('the 404 page has no axe violations', async ({ page }) => {
  await page.goto(sitePath('/no-such-page/'));
  expect(await violations(page)).toEqual([]);
});

test('the search dialog with results has no axe violations', async ({ page }) => {
  await page.goto(sitePath('/'));
  await page.getByRole('button', { name: '搜索' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox').first().fill('芯片');
  await expect(dialog.locator('a[href*="chips"]').first()).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('a keyboard user can skip to the content and tab through it in order', async ({ page }) => {
  await page.goto(sitePath('/amazon-2025-q3/chips/'));
  await page.keyboard.press('Tab');
  const skip = page.locator(':focus');
  await expect(skip).toHaveAttribute('href', '#_top');
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  // After the skip link, focus moves into the main content: the next Tab lands inside <main>.
  await page.keyboard.press('Tab');
  const inMain = await page.evaluate(() => Boolean(document.activeElement?.closest('main')));
  expect(inMain).toBe(true);
  // Focus order follows the document: each Tab moves forward in the DOM.
  let previous = await page.evaluate(() => document.activeElement?.outerHTML ?? '');
  for (let i = 0; i < 8; i++) {
    const handle = await page.evaluateHandle(() => document.activeElement);
    await page.keyboard.press('Tab');
    const forward = await page.evaluate(
      (before) => !!before && !!document.activeElement && (before.compareDocumentPosition(document.activeElement) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
      handle,
    );
    const current = await page.evaluate(() => document.activeElement?.outerHTML ?? '');
    expect(forward, `Tab ${i + 1} after ${previous.slice(0, 80)}`).toBe(true);
    previous = current;
  }
});

test('every page reflows at 200% zoom on a 375 px wide screen without horizontal scrolling', async ({ browser, request, baseURL }) => {
  // 200% zoom of a 375 px wide viewport: the layout gets 187.5 CSS px at a device scale of 2.
  const context = await browser.newContext({
    ...(baseURL ? { baseURL } : {}),
    viewport: { width: 188, height: 334 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  for (const path of await sitemapPaths(request)) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
  }
  await context.close();
});
