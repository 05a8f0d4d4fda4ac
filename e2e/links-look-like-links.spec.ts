import type { Locator, Page } from '@playwright/test';
import { CALL, sitePath } from './support/site.ts';
import { expect, test } from './support/test.ts';

/**
 * Figure tiles and topic cards are links and look like it, at rest as on hover: a visible
 * border, an arrow, the pointer; hover and keyboard focus light them. On a touch screen, where
 * nothing is hovered, the border and the arrow are there at rest.
 */
const TILES = [
  { route: '/', selector: '.headline-figures .figure-strip__link', link: '' },
  { route: `/${CALL}/`, selector: '.topic-list__item', link: '.topic-list__title' },
];

async function atRest(tile: Locator) {
  return tile.evaluate((element) => {
    const style = getComputedStyle(element);
    return {
      border: parseFloat(style.borderTopWidth),
      borderColor: style.borderTopColor,
      background: style.backgroundColor,
      arrow: getComputedStyle(element, '::after').content,
    };
  });
}

async function expectLinkAtRest(page: Page, selector: string) {
  const tiles = page.locator(selector);
  expect(await tiles.count()).toBeGreaterThan(1);
  const rest = await atRest(tiles.first());
  expect(rest.border).toBeGreaterThanOrEqual(1);
  expect(rest.arrow).toContain('→');
  return rest;
}

for (const { route, selector, link } of TILES) {
  test(`${route}: ${selector} looks like a link at rest, on hover and on focus`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(sitePath(route));
    const rest = await expectLinkAtRest(page, selector);
    const tile = page.locator(selector).first();
    const anchor = link ? tile.locator(link) : tile;
    expect(await anchor.evaluate((element) => getComputedStyle(element).cursor)).toBe('pointer');
    await tile.hover();
    await expect.poll(async () => (await atRest(tile)).borderColor).not.toBe(rest.borderColor);
    expect((await atRest(tile)).background).not.toBe(rest.background);
    await page.mouse.move(0, 0);
    await page.keyboard.press('Tab');
    await anchor.focus();
    const focused = await tile.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(focused).not.toBe('none');
  });
}

test.describe('touch', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  for (const { route, selector } of TILES)
    test(`${route}: ${selector} looks like a link at rest on a touch screen`, async ({ page }) => {
      await page.goto(sitePath(route));
      expect(await page.evaluate(() => matchMedia('(hover: none)').matches)).toBe(true);
      await expectLinkAtRest(page, selector);
    });
});
