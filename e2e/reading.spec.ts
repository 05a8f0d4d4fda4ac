import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { CALL, pages, sitePath } from './support/site.ts';
import { expect, test } from './support/test.ts';

/**
 * How the site reads (issue 14), where only a browser can tell: layout on a desktop and a phone
 * screen, the dark theme's colours, focus and hover. What the built HTML says (which figures,
 * links, labels) is tested in tests/site/; reflow at 200% zoom in accessibility.spec.ts.
 */
const SCREENS = [
  { name: 'desktop', viewport: { width: 1280, height: 900 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
] as const;
/** One page of each layout. */
const LAYOUTS = ['/', `/${CALL}/`, `/${CALL}/aws/`, `/${CALL}/qa/`, `/${CALL}/figures/`, `/${CALL}/transcript/`, '/topics/aws/', '/glossary/'];
/** The Q&A unit of the fixture's AWS page, and its answer's paragraphs. */
const awsPage = pages.find((page) => page.route === `/${CALL}/aws/`);
const unit = awsPage?.qas[0];
if (!unit) throw new Error(`the fixture's /${CALL}/aws/ has no Q&A unit`);

/** A long answer of the fixture (three paragraphs or more), and its page. */
const longAnswer = pages
  .flatMap(({ route, qas }) => qas.map((qa) => ({ route, paragraphs: qa.paragraphs.filter((paragraph) => paragraph.speaker === 'jassy') })))
  .find(({ paragraphs }) => paragraphs.length >= 3);
if (!longAnswer) throw new Error('the fixture has no answer of three paragraphs or more');

/** Relative luminance of a CSS `rgb()`/`rgba()` colour (WCAG). */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((part) => {
    const channel = Number(part) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Computed opacity of a control. A control at opacity 0 is there for keyboards and screen readers but not seen. */
const opacity = (locator: Locator) => locator.evaluate((element) => Number(getComputedStyle(element).opacity));
const fontSize = (locator: Locator) => locator.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));

for (const screen of SCREENS) {
  test.describe(`${screen.name}`, () => {
    // No fades: a control's opacity is read right after it is shown.
    test.use({ viewport: screen.viewport, colorScheme: 'light', reducedMotion: 'reduce' });

    test("the newest call's headline figures are in the first screen of the home page, each large over its label", async ({ page }) => {
      await page.goto(sitePath('/'));
      const links = page.locator('section.call-summary').first().locator('.headline-figures a[data-figure]');
      const count = await links.count();
      expect(count).toBeGreaterThan(0);
      for (let i = 0; i < count; i++) await expect(links.nth(i)).toBeInViewport({ ratio: 1 });
      const first = links.first();
      const [value, measure] = [first.locator('.figure-strip__value'), first.locator('.figure-strip__measure')];
      expect(await fontSize(value)).toBeGreaterThan((await fontSize(measure)) * 1.4);
      expect((await measure.boundingBox())?.y).toBeGreaterThan((await value.boundingBox())?.y ?? 0);
    });

    test('a quote uses the full text width; a question and its answer read as a conversation', async ({ page }) => {
      await page.goto(sitePath(`/${CALL}/aws/`));
      const editorial = await page
        .locator('.sl-markdown-content > p')
        .first()
        .evaluate((p) => p.getBoundingClientRect().width);
      const quotes = await page.locator('.tx-para > p').evaluateAll((ps) => ps.map((p) => p.getBoundingClientRect().width));
      expect(quotes.length).toBeGreaterThan(2);
      for (const width of quotes) expect(width).toBeGreaterThanOrEqual(editorial - 8);

      const qa = page.locator(`#q${unit.line}`);
      const [question, answer] = [qa.locator('.tx-turn[data-speaker="analyst"]'), qa.locator('.tx-turn[data-speaker="jassy"]')];
      // The source's own speaker label reads as the speaker's name: bold, not smaller than the text it introduces.
      const label = answer.locator('.tx-turn__label');
      expect(await fontSize(label)).toBeGreaterThanOrEqual(await fontSize(answer.locator('.tx-para > p').first()));
      expect(Number(await label.evaluate((element) => getComputedStyle(element).fontWeight))).toBeGreaterThanOrEqual(600);
      // One container for the whole answer: its paragraphs are not boxes of their own.
      const container = await answer.boundingBox();
      const boxes = await answer
        .locator('.tx-para')
        .evaluateAll((nodes) => nodes.map((node) => ({ bg: getComputedStyle(node).backgroundColor, rect: node.getBoundingClientRect().toJSON() as DOMRect })));
      expect(boxes).toHaveLength(unit.paragraphs.filter((paragraph) => paragraph.speaker === 'jassy').length);
      for (const box of boxes) {
        expect(box.bg).toBe('rgba(0, 0, 0, 0)');
        expect(box.rect.left).toBeGreaterThanOrEqual(container?.x ?? Infinity);
        expect(box.rect.bottom).toBeLessThanOrEqual((container?.y ?? 0) + (container?.height ?? 0) + 1);
      }
      // The question sits on another tint than the answer.
      const tint = (turn: Locator) => turn.evaluate((element) => getComputedStyle(element).backgroundColor);
      expect(await tint(question)).not.toBe(await tint(answer));
      // The unit's control stands after the question's header, on its line.
      await qa.hover();
      const header = await question.locator('figcaption').boundingBox();
      const control = await qa.locator('> .tx-copy').boundingBox();
      expect(control?.x).toBeGreaterThan((header?.x ?? 0) + 40);
      expect(Math.abs((control?.y ?? 0) + (control?.height ?? 0) / 2 - ((header?.y ?? 0) + (header?.height ?? 0) / 2))).toBeLessThan(12);
    });
  });
}

for (const screen of SCREENS) {
  test.describe(`${screen.name}: a long answer`, () => {
    test.use({ viewport: screen.viewport, colorScheme: 'light', reducedMotion: 'reduce' });

    test('a reader who lands mid-answer sees who is speaking, over the paragraph the link points to', async ({ page }) => {
      const [, middle, last] = longAnswer.paragraphs;
      await page.goto(sitePath(`${longAnswer.route}#l${middle?.line}`));
      const target = page.locator(`#l${middle?.line}`);
      const cue = (locator: Locator) => locator.evaluate((element) => getComputedStyle(element, '::before').content);
      await expect.poll(() => cue(target)).toBe('"安迪·贾西（续）"');
      // Below the page's header bar, in view: the cue is the first thing the reader sees of the paragraph.
      const header = await page.locator('header.header').boundingBox();
      const box = await target.boundingBox();
      expect(box?.y).toBeGreaterThanOrEqual((header?.y ?? 0) + (header?.height ?? 0));
      await expect(target).toBeInViewport();
      // Only on the paragraph the link points to.
      expect(await cue(page.locator(`#l${last?.line}`))).toBe('none');
    });

    test("the publisher's byline stands under the answer, outside its box", async ({ page }) => {
      await page.goto(sitePath(longAnswer.route));
      const credit = page.locator('.tx-credit');
      const turn = page.locator('.tx-turn', { has: credit });
      const [creditBox, turnBox] = [await credit.boundingBox(), await turn.boundingBox()];
      const answerText = await credit.evaluate((element) => {
        const range = document.createRange();
        range.setStart(element.parentElement as Node, 0);
        range.setEndBefore(element);
        return range.getBoundingClientRect().toJSON() as DOMRect;
      });
      // Under the answer's last line, across the whole box (over its stripe), at its bottom.
      expect(creditBox?.y).toBeGreaterThan(answerText.bottom);
      expect(Math.abs((creditBox?.x ?? 0) - (turnBox?.x ?? 0))).toBeLessThan(1);
      expect(Math.abs((creditBox?.x ?? 0) + (creditBox?.width ?? 0) - (turnBox?.x ?? 0) - (turnBox?.width ?? 0))).toBeLessThan(1);
      expect(Math.abs((creditBox?.y ?? 0) + (creditBox?.height ?? 0) - (turnBox?.y ?? 0) - (turnBox?.height ?? 0))).toBeLessThan(1);
      // On the page's background, not the answer's, and smaller than the answer's text.
      const background = (locator: Locator) => locator.evaluate((element) => getComputedStyle(element).backgroundColor);
      expect(await background(credit)).toBe(await pageBackground(page));
      expect(await background(credit)).not.toBe(await background(turn));
      expect(await fontSize(credit)).toBeLessThan(await fontSize(turn.locator('.tx-para > p').first()));
    });
  });
}

test.describe('desktop', () => {
  test.use({ viewport: SCREENS[0].viewport, colorScheme: 'light', reducedMotion: 'reduce' });

  test('copy controls stay out of sight until their paragraph is hovered or focused, and each is reachable by Tab', async ({ page }) => {
    await page.goto(sitePath(`/${CALL}/aws/`));
    const controls = page.locator('.sl-markdown-content .tx-copy');
    const count = await controls.count();
    expect(count).toBe((awsPage?.paragraphs.length ?? 0) + (awsPage?.qas.length ?? 0));
    for (const value of await controls.evaluateAll((buttons) => buttons.map((button) => Number(getComputedStyle(button).opacity)))) expect(value).toBe(0);
    const [first, second] = awsPage?.paragraphs ?? [];
    await page.locator(`#l${first?.line} > p`).hover();
    await expect.poll(() => opacity(page.locator(`#l${first?.line} > .tx-copy`))).toBe(1);
    await expect.poll(() => opacity(page.locator(`#l${second?.line} > .tx-copy`))).toBe(0);
    // Tab through the page: every control gets focus, and shows itself when it has it.
    await page.mouse.move(0, 0);
    await page.locator('.sl-markdown-content').evaluate((main) => (main.firstElementChild as HTMLElement | null)?.focus());
    const reached = new Set<string>();
    for (let i = 0; i < count * 3 + 40 && reached.size < count; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const active = document.activeElement as HTMLElement | null;
        return active?.matches('.tx-copy') ? { anchor: active.dataset['copyAnchor'] ?? '', opacity: Number(getComputedStyle(active).opacity) } : undefined;
      });
      if (!focused) continue;
      expect(focused.opacity, focused.anchor).toBe(1);
      reached.add(focused.anchor);
    }
    expect(reached.size).toBe(count);
    // At least 24 × 24 px when shown (WCAG 2.2 target size).
    const box = await page.locator(`#l${first?.line} > .tx-copy`).boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(24);
    expect(box?.height).toBeGreaterThanOrEqual(24);
  });

  test("editor's notes are quiet footnotes", async ({ page }) => {
    await page.goto(sitePath(`/${CALL}/aws/`));
    const note = page.locator('.sl-markdown-content .starlight-aside').first();
    await expect(note).toBeVisible();
    expect(await fontSize(note)).toBeLessThan(await fontSize(page.locator('.sl-markdown-content > p').first()));
    await expect(note).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
    await expect(note.locator('.starlight-aside__icon')).toBeHidden();
  });
});

test.describe('phone', () => {
  test.use({ viewport: SCREENS[1].viewport, colorScheme: 'light' });

  test('page titles wrap between phrases, never inside one', async ({ page }) => {
    await page.goto(sitePath('/'));
    const title = page.locator('h1');
    // A title narrower than its text, as a long title on a phone: a little wider than its widest phrase.
    await title.evaluate((h1) => {
      const widths = [...h1.querySelectorAll('.phrase')].map((span) => span.getBoundingClientRect().width);
      h1.style.width = `${Math.max(...widths) * 1.1}px`;
    });
    const lines = (element: Element) => Math.round(element.getBoundingClientRect().height / parseFloat(getComputedStyle(element).lineHeight));
    expect(await title.evaluate(lines)).toBeGreaterThan(1);
    const phrases = await title.locator('.phrase').evaluateAll((spans) =>
      spans.map((span) => ({
        text: span.textContent,
        lines: Math.round(span.getBoundingClientRect().height / parseFloat(getComputedStyle(span).lineHeight)),
      })),
    );
    expect(phrases.length).toBeGreaterThan(1);
    for (const phrase of phrases) expect(phrase.lines, phrase.text ?? '').toBe(1);
  });

  test('figure tile labels wrap between phrases, never inside a word', async ({ page }) => {
    let wrapped = 0;
    for (const route of [`/${CALL}/`, `/${CALL}/aws/`]) {
      await page.goto(sitePath(route));
      const labels = await page.locator('.figure-strip__measure').evaluateAll((nodes) =>
        nodes.map((node) => {
          const label = node as HTMLElement;
          const lines = (element: Element) => Math.round(element.getBoundingClientRect().height / parseFloat(getComputedStyle(element).lineHeight));
          const phrases = [...label.querySelectorAll('.phrase')];
          // A label narrower than its text, as in a narrow tile: a little wider than its widest phrase.
          label.style.display = 'block';
          label.style.width = `${Math.max(...phrases.map((phrase) => phrase.getBoundingClientRect().width)) * 1.1}px`;
          return {
            text: label.textContent?.trim() ?? '',
            joined: phrases.map((phrase) => phrase.textContent).join(''),
            lines: lines(label),
            split: phrases.filter((phrase) => lines(phrase) > 1).map((phrase) => phrase.textContent),
          };
        }),
      );
      expect(labels.length, route).toBeGreaterThan(0);
      for (const label of labels) {
        expect(label.joined.replace(/\s/g, ''), route).toBe(label.text.replace(/\s/g, ''));
        expect(label.split, `${route}: ${label.text}`).toEqual([]);
        if (label.lines > 1) wrapped++;
      }
    }
    expect(wrapped).toBeGreaterThan(0);
  });

  test('the site title fits the header; figures tables stack; a question of the Q&A index is never cut', async ({ page }) => {
    await page.goto(sitePath(`/${CALL}/figures/`));
    const siteTitle = page.locator('.site-title span');
    await expect(siteTitle).toHaveCSS('text-overflow', 'ellipsis');
    expect(
      await siteTitle.evaluate(
        (span) => span.getBoundingClientRect().right <= (document.querySelector('site-search [data-open-modal]')?.getBoundingClientRect().left ?? Infinity),
      ),
    ).toBe(true);
    // A label has at least half the table's width to itself: never wrapped every few characters.
    const tableWidth = await page
      .locator('.figures-table')
      .first()
      .evaluate((table) => table.getBoundingClientRect().width);
    const labelWidths = await page
      .locator('.figures-table tbody td:first-child')
      .evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().width));
    expect(labelWidths.length).toBeGreaterThan(0);
    for (const width of labelWidths) expect(width).toBeGreaterThanOrEqual(tableWidth / 2);

    await page.goto(sitePath(`/${CALL}/qa/`));
    const questions = page.locator('.qa-index__question');
    expect(await questions.count()).toBeGreaterThan(0);
    for (const fits of await questions.evaluateAll((nodes) =>
      nodes.map((node) => node.scrollHeight <= node.clientHeight + 1 && node.scrollWidth <= node.clientWidth + 1),
    ))
      expect(fits).toBe(true);
  });
});

test.describe('charts and tables', () => {
  test.use({ colorScheme: 'light' });

  test('chart text is at least 12 px on the narrowest phone and never larger than its chart title on a desktop', async ({ page }) => {
    const sizes = async () =>
      page.locator('figure[data-chart]').evaluateAll((figures) =>
        figures.map((figure) => ({
          chart: (figure as HTMLElement).dataset['chart'],
          title: parseFloat(getComputedStyle(figure.querySelector('.figure-chart__title') as Element).fontSize),
          texts: [...figure.querySelectorAll('svg text')].map((node) => {
            const text = node as SVGTextElement;
            return { text: text.textContent, px: parseFloat(getComputedStyle(text).fontSize) * (text.getScreenCTM()?.a ?? 0) };
          }),
        })),
      );
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(sitePath(`/${CALL}/figures/`));
    const phone = await sizes();
    expect(phone.length).toBeGreaterThan(0);
    for (const { chart, texts } of phone) for (const text of texts) expect(text.px, `${chart}: "${text.text}" at 320 px`).toBeGreaterThanOrEqual(12);
    await page.setViewportSize(SCREENS[0].viewport);
    for (const { chart, title, texts } of await sizes())
      for (const text of texts) expect(text.px, `${chart}: "${text.text}" at 1280 px`).toBeLessThanOrEqual(title);
  });

  test('a figures table header never wraps inside its word, even in a squeezed table', async ({ page }) => {
    await page.setViewportSize(SCREENS[0].viewport);
    await page.goto(sitePath(`/${CALL}/figures/`));
    const table = page.locator('.figures-table').first();
    // Narrower than its columns' text: a table squeezed by long cells, as on a tablet.
    await table.evaluate((element) => Object.assign((element as HTMLElement).style, { display: 'table', width: '12rem' }));
    const lines = await table.locator('thead th').evaluateAll((cells) =>
      cells.map((cell) => {
        const range = document.createRange();
        range.selectNodeContents(cell);
        return { text: cell.textContent, lines: new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size };
      }),
    );
    expect(lines.length).toBe(4);
    for (const { text, lines: count } of lines) expect(count, text ?? '').toBe(1);
  });
});

/** The page's background colour, as the reader sees it behind the content. */
const pageBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ viewport: SCREENS[0].viewport, colorScheme: theme });

    test('charts follow the theme and the page font, with text of at least 12 px', async ({ page }) => {
      await page.goto(sitePath(`/${CALL}/figures/`));
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const background = await pageBackground(page);
      const bodyFont = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
      const charts = page.locator('figure[data-chart]');
      expect(await charts.count()).toBeGreaterThan(0);
      for (const figure of await charts.all()) {
        const svg = figure.getByRole('img');
        await expect(svg).toBeVisible();
        // No background of its own: the page shows through.
        const fills = await figure.evaluate((element) => [
          getComputedStyle(element).backgroundColor,
          ...[...element.querySelectorAll('svg > rect, svg .background')].map((rect) => getComputedStyle(rect).fill),
        ]);
        for (const fill of fills) expect(['rgba(0, 0, 0, 0)', 'none', 'transparent']).toContain(fill);
        const texts = await svg.locator('text').evaluateAll((nodes) =>
          nodes.map((node) => {
            const text = node as SVGTextElement;
            const style = getComputedStyle(text);
            return { text: text.textContent, px: parseFloat(style.fontSize) * (text.getScreenCTM()?.a ?? 0), fill: style.fill, font: style.fontFamily };
          }),
        );
        expect(texts.length).toBeGreaterThan(0);
        for (const text of texts) {
          expect(text.px, `"${text.text}"`).toBeGreaterThanOrEqual(12);
          expect(contrast(text.fill, background), `"${text.text}" on the page`).toBeGreaterThanOrEqual(4.5);
          expect(text.font, `"${text.text}"`).toBe(bodyFont);
        }
      }
    });
  });
}

test.describe('dark theme', () => {
  test.use({ viewport: SCREENS[0].viewport, colorScheme: 'dark' });

  // accessibility.spec.ts runs every axe rule in the light theme; the dark theme changes colours only.
  test('the dark theme has enough contrast on a page of each layout', async ({ page }) => {
    test.setTimeout(90_000);
    for (const route of LAYOUTS) {
      await page.goto(sitePath(route));
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      const { violations } = await new AxeBuilder({ page }).withRules(['color-contrast', 'link-in-text-block']).analyze();
      expect(
        violations.map((violation) => ({ rule: violation.id, targets: violation.nodes.map((node) => node.target.join(' ')) })),
        route,
      ).toEqual([]);
    }
  });
});
