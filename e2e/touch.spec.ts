import type { Locator } from '@playwright/test';
import { sitePath } from './support/site.ts';
import { expect, test } from './support/test.ts';

/**
 * On a phone, where nothing is hovered: no control shows at rest, and a tap on a block shows
 * its control under the text and inside the box, never over the text or the box's edge.
 */
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

/** The control's box lies under the block's text and inside the block's box. */
async function expectUnderTheText(block: Locator, text: Locator, control: Locator) {
  const [outer, inner, box] = await Promise.all([block.boundingBox(), text.boundingBox(), control.boundingBox()]);
  if (!outer || !inner || !box) throw new Error('a box is missing');
  expect(box.y, 'below the text').toBeGreaterThanOrEqual(inner.y + inner.height - 1);
  expect(box.x, 'inside the left edge').toBeGreaterThanOrEqual(outer.x);
  expect(box.x + box.width, 'inside the right edge').toBeLessThanOrEqual(outer.x + outer.width + 1);
  expect(box.y + box.height, 'inside the bottom edge').toBeLessThanOrEqual(outer.y + outer.height + 1);
}

for (const route of ['/amazon-2025-q3/aws/', '/amazon-2025-q3/transcript/']) {
  test(`${route}: no control shows at rest on a touch screen; a tap shows its paragraph's, under the text`, async ({ page }) => {
    await page.goto(sitePath(route));
    expect(await page.evaluate(() => matchMedia('(hover: none)').matches)).toBe(true);
    const controls = page.locator('.tx-control');
    expect(await controls.count()).toBeGreaterThan(2);
    for (const opacity of await controls.evaluateAll((all) => all.map((control) => getComputedStyle(control).opacity))) expect(opacity).toBe('0');

    const paragraph = page.locator('.tx-para').nth(1);
    await paragraph.locator('p').first().tap();
    const control = paragraph.locator(':scope > .tx-control');
    await expect(control).toHaveCSS('opacity', '1');
    await expectUnderTheText(paragraph, paragraph.locator('p').first(), control);
    const shown = await controls.evaluateAll((all) => all.filter((element) => getComputedStyle(element).opacity !== '0').length);
    expect(shown, 'only the tapped paragraph shows its control').toBe(1);
  });
}
