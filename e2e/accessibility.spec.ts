import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { LAYOUTS } from './support/layouts.ts';
import { sitePath } from './support/site.ts';
import { expect, sharedPage, test } from './support/test.ts';

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

/**
 * Measured on the two-core test machine shared with four other test runs (load average 19–21):
 * axe over one page took 6–37 s (/transcript/ 37 s, /figures/ 31 s, the open search dialog
 * 32 s). Playwright's default 30 s is not enough there; 90 s leaves room for a still slower
 * machine, and a page that really hangs still fails.
 */
const AXE_TIMEOUT_MS = 90_000;

// One test per layout (a busy machine must not add up every page's load time against one timeout), all on one browser page.
test.describe('each layout', () => {
  test.describe.configure({ mode: 'serial' });
  const shared = sharedPage();

  for (const [layout, route] of Object.entries(LAYOUTS)) {
    test(`${layout} (${route}) has no axe violations`, async () => {
      test.setTimeout(AXE_TIMEOUT_MS);
      const page = shared();
      await page.goto(sitePath(route));
      expect((await violations(page)).map(({ rule, targets }) => ({ rule, targets }))).toEqual([]);
    });
  }
});

test('the search dialog with results has no axe violations', async ({ page }) => {
  test.setTimeout(AXE_TIMEOUT_MS);
  await page.goto(sitePath('/'));
  await page.getByRole('button', { name: '搜索' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox').first().fill('芯片');
  await expect(dialog.locator('a[href*="chips"]').first()).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('a keyboard user can skip to the content and tab through it in order', async ({ page }) => {
  // A page with more than eight focusable elements in its content (copy buttons, a Q&A, links).
  await page.goto(sitePath('/amazon-2025-q3/aws/'));
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

test.describe('at 200% zoom on a 375 px wide screen', () => {
  // 200% zoom of a 375 px wide viewport: the layout gets 187.5 CSS px at a device scale of 2.
  test.use({ viewport: { width: 188, height: 334 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });

  test.describe.configure({ mode: 'serial' });
  const shared = sharedPage();

  for (const [layout, route] of Object.entries(LAYOUTS)) {
    test(`${layout} (${route}) reflows without horizontal scrolling`, async () => {
      const page = shared();
      await page.goto(sitePath(route));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
    });
  }
});
