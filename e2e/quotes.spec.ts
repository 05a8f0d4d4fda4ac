import { CALL, sitePath } from './support/site.ts';
import { expect, test } from './support/test.ts';

/**
 * Topic pages read as a transcript: a run of quoted paragraphs is one continuous quotation (one
 * rule down its side, no box or gap of its own per paragraph); editorial text carries no rule; the
 * source's own headline is marked as original text like every quote.
 */
for (const viewport of [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
])
  for (const colorScheme of ['light', 'dark'] as const)
    test.describe(`${viewport.width} px, ${colorScheme}`, () => {
      test.use({ viewport, colorScheme });

      test('consecutive quoted paragraphs read as one quotation; editorial text is apart', async ({ page }) => {
        await page.goto(sitePath(`/${CALL}/aws/`));
        const runs = await page.locator('.sl-markdown-content > .tx-para').evaluateAll((paragraphs) =>
          paragraphs.flatMap((paragraph) => {
            let next = paragraph.nextElementSibling;
            while (next?.tagName === 'SCRIPT') next = next.nextElementSibling;
            if (!next?.matches('.tx-para')) return [];
            const [a, b] = [paragraph, next].map((element) => ({ box: element.getBoundingClientRect(), style: getComputedStyle(element) }));
            return [
              {
                gap: (b?.box.top ?? 0) - (a?.box.bottom ?? 0),
                rules: [a, b].map((side) => parseFloat(side?.style.borderInlineStartWidth ?? '0')),
                colours: [a, b].map((side) => side?.style.borderInlineStartColor),
                backgrounds: [a, b].map((side) => side?.style.backgroundColor),
              },
            ];
          }),
        );
        expect(runs.length).toBeGreaterThan(0);
        for (const run of runs) {
          expect(Math.abs(run.gap), 'no gap in the rule between two paragraphs of a run').toBeLessThan(1);
          for (const rule of run.rules) expect(rule).toBeGreaterThan(0);
          expect(run.colours[0]).toBe(run.colours[1]);
          expect(run.backgrounds).toEqual(['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)']);
        }
        const editorial = await page
          .locator('.sl-markdown-content > p')
          .evaluateAll((paragraphs) => paragraphs.map((p) => getComputedStyle(p).borderInlineStartWidth));
        expect(editorial.length).toBeGreaterThan(0);
        for (const width of editorial) expect(width).toBe('0px');
      });

      test("the source's headline on the call's overview is marked as original text, as every quote is", async ({ page }) => {
        await page.goto(sitePath(`/${CALL}/`));
        const rule = (selector: string) =>
          page
            .locator(selector)
            .first()
            .evaluate((element) => {
              const style = getComputedStyle(element);
              return `${style.borderInlineStartWidth} ${style.borderInlineStartStyle} ${style.borderInlineStartColor}`;
            });
        const headline = await rule('.tx-para--headline');
        expect(headline).not.toMatch(/^0px/);
        await page.goto(sitePath(`/${CALL}/aws/`));
        expect(headline).toBe(await rule('.sl-markdown-content > .tx-para'));
      });
    });
