import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { loadCalls } from '../src/model/calls.ts';
import { loadFigures } from '../src/figures/load-figures.ts';
import { MAX_LEAD_FIGURES } from '../src/schemas/figure.ts';
import { CALL, pages, sitePath } from './support/site.ts';
import { expect, test } from './support/test.ts';

/**
 * How the site reads (issue 14): layout assertions, not pixel snapshots, on a desktop and a
 * phone screen in the light and the dark theme. Each page's screenshot is attached to the
 * test's report (test-results/, playwright-report/), never committed.
 */
const SCREENS = [
  { name: 'desktop', viewport: { width: 1280, height: 900 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
] as const;
const THEMES = ['light', 'dark'] as const;
const PAGES = ['/', `/${CALL}/`, `/${CALL}/aws/`, `/${CALL}/qa/`, `/${CALL}/figures/`, `/${CALL}/transcript/`, '/glossary/'];

const call = loadCalls().calls.find((candidate) => candidate.id === CALL);
if (!call) throw new Error(`no call ${CALL} in content/calls/`);
const CHARTS = call.charts;
const figures = loadFigures(call.figuresFile).figures.map(({ figure }) => figure);
const topicRoutes = pages.filter((page) => page.frontmatter['topic']).map((page) => page.route);

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

/** The page's background colour, as the reader sees it behind the content. */
const pageBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

async function attachScreenshot(page: Page, testInfo: TestInfo, name: string, fullPage = false) {
  await testInfo.attach(name, { body: await page.screenshot({ fullPage }), contentType: 'image/png' });
}

/** Computed opacity of a control. A control at opacity 0 is there for keyboards and screen readers but not seen. */
const opacity = (locator: Locator) => locator.evaluate((element) => Number(getComputedStyle(element).opacity));

for (const screen of SCREENS) {
  for (const theme of THEMES) {
    test.describe(`${screen.name}, ${theme} theme`, () => {
      // No fades: a control's opacity is read right after it is shown.
      test.use({ viewport: screen.viewport, colorScheme: theme, reducedMotion: 'reduce' });
      /**
       * For layout that does not depend on the colour theme: declared in the light theme only
       * (the machine is shared, the suite must stay quick).
       */
      const themeFreeTest = theme === 'light' ? test : undefined;

      test('screenshots of each page, with no axe violations', async ({ page }, testInfo) => {
        test.setTimeout(180_000);
        for (const route of PAGES) {
          await page.goto(sitePath(route));
          await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
          await attachScreenshot(
            page,
            testInfo,
            `${route === '/' ? 'home' : route.replaceAll('/', '-').replace(/^-|-$/g, '')}-${screen.name}-${theme}.png`,
            route === '/',
          );
          // accessibility.spec.ts runs axe on every page in the light theme; here the dark theme's colours.
          if (theme === 'light') continue;
          const { violations } = await new AxeBuilder({ page })
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'])
            .analyze();
          expect(
            violations.map((violation) => ({ rule: violation.id, targets: violation.nodes.map((node) => node.target.join(' ')) })),
            route,
          ).toEqual([]);
        }
      });

      test('the home page leads with the headline figures, each linking to its paragraph, in the first screen', async ({ page }) => {
        await page.goto(sitePath('/'));
        const links = page.locator('.headline-figures a[data-figure]');
        const inFirstScreen = await links.evaluateAll(
          (anchors) =>
            anchors.filter((anchor) => anchor.getBoundingClientRect().bottom <= window.innerHeight && /#l\d+$/.test(anchor.getAttribute('href') ?? '')).length,
        );
        expect(inFirstScreen).toBeGreaterThanOrEqual(4);
        // The figure is large, its label under it.
        const first = links.first();
        const [value, measure] = [first.locator('.figure-strip__value'), first.locator('.figure-strip__measure')];
        const sizes = await Promise.all([value, measure].map((part) => part.evaluate((element) => parseFloat(getComputedStyle(element).fontSize))));
        expect(sizes[0]).toBeGreaterThan((sizes[1] ?? 0) * 1.4);
        expect((await measure.boundingBox())?.y).toBeGreaterThan((await value.boundingBox())?.y ?? 0);
        // On the call's overview: the source's own title is a subtitle, not a quote box; how to read the site is one line with a link.
        await page.goto(sitePath(`/${CALL}/`));
        await expect(page.locator('.headline-figures a[data-figure]').first()).toBeInViewport();
        await expect(page.locator('#l1')).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
        await expect(page.locator('.sl-markdown-content a[href="#怎样读本站"]')).toBeVisible();
      });

      themeFreeTest?.('page titles wrap between phrases, never inside one', async ({ page }) => {
        for (const route of ['/', `/${CALL}/rufus/`, `/${CALL}/results/`]) {
          await page.goto(sitePath(route));
          const phrases = await page.locator('h1 .phrase').evaluateAll((spans) =>
            spans.map((span) => ({
              text: span.textContent,
              lines: Math.round(span.getBoundingClientRect().height / parseFloat(getComputedStyle(span).lineHeight)),
            })),
          );
          expect(phrases.length, route).toBeGreaterThan(0);
          for (const phrase of phrases) expect(phrase.lines, `${route}: ${phrase.text}`).toBe(1);
        }
      });

      themeFreeTest?.('copy controls stay out of sight until their paragraph is hovered or focused, and each is reachable by Tab', async ({ page }) => {
        test.setTimeout(90_000);
        await page.goto(sitePath(`/${CALL}/aws/`));
        const controls = page.locator('.sl-markdown-content .tx-copy');
        const count = await controls.count();
        expect(count).toBeGreaterThan(10);
        for (const opacityValue of await controls.evaluateAll((buttons) => buttons.map((button) => Number(getComputedStyle(button).opacity)))) {
          expect(opacityValue).toBe(0);
        }
        await page.locator('#l9 > p').hover();
        await expect.poll(() => opacity(page.locator('#l9 > .tx-copy'))).toBe(1);
        await expect.poll(() => opacity(page.locator('#l10 > .tx-copy'))).toBe(0);
        await expect(page.locator('#l9 > .tx-copy')).toHaveAccessibleName(/^复制链接\s?：原文第 9 行$/);
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
        const box = await page.locator('#l9 > .tx-copy').boundingBox();
        expect(box?.width).toBeGreaterThanOrEqual(24);
        expect(box?.height).toBeGreaterThanOrEqual(24);
      });

      themeFreeTest?.('a quote uses the full text width', async ({ page }) => {
        for (const route of [`/${CALL}/aws/`, `/${CALL}/chips/`]) {
          await page.goto(sitePath(route));
          const editorial = await page
            .locator('.sl-markdown-content > p')
            .first()
            .evaluate((p) => p.getBoundingClientRect().width);
          const quotes = await page.locator('.tx-para > p').evaluateAll((ps) => ps.map((p) => p.getBoundingClientRect().width));
          expect(quotes.length, route).toBeGreaterThan(5);
          for (const width of quotes) expect(width, route).toBeGreaterThanOrEqual(editorial - 8);
        }
      });

      themeFreeTest?.('key-figure boxes hold 2 to 6 large figures after the lead, and none on pages with fewer', async ({ page }) => {
        for (const route of topicRoutes) {
          await page.goto(sitePath(route));
          const box = page.locator('.key-figures');
          const lead = figures.filter(
            (figure) =>
              figure.lead !== undefined && pages.find((p) => p.route === route)?.paragraphs.some((paragraph) => `l${paragraph.line}` === figure.anchor),
          );
          if (lead.length < 2) {
            await expect(box, route).toHaveCount(0);
            continue;
          }
          const items = await box.locator('li').count();
          expect(items, route).toBeGreaterThanOrEqual(2);
          expect(items, route).toBeLessThanOrEqual(MAX_LEAD_FIGURES);
          // One measure, one value: no measure twice in a box.
          const measures = await box.locator('.figure-strip__measure').allTextContents();
          expect(new Set(measures).size, route).toBe(measures.length);
          // After the page's lead paragraph, before its first section.
          const order = await page.locator('.sl-markdown-content').evaluate((main) => {
            const children = [...main.children];
            return {
              box: children.findIndex((child) => child.matches('.key-figures')),
              firstHeading: children.findIndex((child) => child.matches('h2, .sl-heading-wrapper')),
            };
          });
          expect(order.box, route).toBe(1);
          expect(order.firstHeading, route).toBeGreaterThan(order.box);
        }
      });

      test('charts follow the theme and the page font, with text of at least 12 px', async ({ page }) => {
        await page.goto(sitePath(`/${CALL}/figures/`));
        const background = await pageBackground(page);
        const bodyFont = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
        for (const chart of CHARTS) {
          const figure = page.locator(`figure[data-chart="${chart.id}"]`);
          const svg = figure.getByRole('img', { name: chart.title, exact: true });
          await expect(svg).toBeVisible();
          // No background of its own: the page shows through, in either theme.
          const fills = await figure.evaluate((element) => [
            getComputedStyle(element).backgroundColor,
            ...[...element.querySelectorAll('svg > rect, svg .background')].map((rect) => getComputedStyle(rect).fill),
          ]);
          for (const fill of fills) expect(['rgba(0, 0, 0, 0)', 'none', 'transparent'], `${chart.id} background`).toContain(fill);
          const texts = await svg.locator('text').evaluateAll((nodes) =>
            nodes.map((node) => {
              const text = node as SVGTextElement;
              const style = getComputedStyle(text);
              return { text: text.textContent, px: parseFloat(style.fontSize) * (text.getScreenCTM()?.a ?? 0), fill: style.fill, font: style.fontFamily };
            }),
          );
          for (const text of texts) {
            expect(text.px, `${chart.id}: "${text.text}"`).toBeGreaterThanOrEqual(12);
            expect(contrast(text.fill, background), `${chart.id}: "${text.text}" on the page`).toBeGreaterThanOrEqual(4.5);
            expect(text.font, `${chart.id}: "${text.text}"`).toBe(bodyFont);
          }
        }
      });

      themeFreeTest?.('the call in order has real sections, all in the table of contents', async ({ page }) => {
        await page.goto(sitePath(`/${CALL}/transcript/`));
        const headings = await page
          .locator('.sl-markdown-content :is(h2, h3)[id]')
          .evaluateAll((nodes) => nodes.map((node) => ({ id: node.id, text: node.textContent?.trim() })));
        const questions = pages.flatMap((p) => p.qas).length;
        expect(headings.map((heading) => heading.text).slice(0, 2)).toEqual(['管理层发言', '分析师问答']);
        expect(headings).toHaveLength(2 + questions);
        const toc = await page
          .locator('starlight-toc a, mobile-starlight-toc a')
          .evaluateAll((anchors) => anchors.map((a) => decodeURIComponent(new URL((a as HTMLAnchorElement).href).hash.slice(1))));
        for (const heading of headings) expect(toc, heading.text).toContain(heading.id);
      });

      themeFreeTest?.('the Q&A index shows each question in full, its topic and who answers', async ({ page }) => {
        await page.goto(sitePath(`/${CALL}/qa/`));
        const units = pages.flatMap((p) => p.qas.map((qa) => ({ qa, topic: p.title }))).sort((a, b) => a.qa.line - b.qa.line);
        const items = page.locator('.qa-index__item');
        await expect(items).toHaveCount(units.length);
        for (const [index, { qa }] of units.entries()) {
          const question = items.nth(index).locator('.qa-index__question');
          const expected = qa.paragraphs
            .filter((paragraph) => paragraph.speaker === 'analyst')
            .map((paragraph) => paragraph.text)
            .join('');
          await expect(question).toHaveText(expected);
          // Not cut by CSS either: the whole text is laid out inside its box.
          expect(await question.evaluate((element) => element.scrollHeight <= element.clientHeight + 1 && element.scrollWidth <= element.clientWidth + 1)).toBe(
            true,
          );
          await expect(items.nth(index).locator('.qa-index__meta')).toContainText(/主题：.+回答：安迪·贾西/);
        }
      });

      test('a question and its answer read as a conversation', async ({ page }) => {
        await page.goto(sitePath(`/${CALL}/aws/`));
        const unit = page.locator('#q27');
        const [question, answer] = [unit.locator('.tx-turn[data-speaker="analyst"]'), unit.locator('.tx-turn[data-speaker="jassy"]')];
        await expect(question.locator('figcaption')).toHaveText('分析师');
        await expect(answer.locator('figcaption')).toHaveText('安迪·贾西 · 亚马逊首席执行官');
        // The speaker's name is not smaller than the text it introduces.
        const nameSize = await answer.locator('.tx-turn__name').evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
        const textSize = await answer
          .locator('.tx-para > p')
          .first()
          .evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
        expect(nameSize).toBeGreaterThanOrEqual(textSize);
        // One container for the whole answer: its paragraphs (each with its own anchor) are not boxes of their own.
        const paragraphs = answer.locator('.tx-para');
        await expect(paragraphs).toHaveCount(3);
        const container = await answer.boundingBox();
        for (const box of await paragraphs.evaluateAll((nodes) =>
          nodes.map((node) => ({ id: node.id, bg: getComputedStyle(node).backgroundColor, rect: node.getBoundingClientRect().toJSON() as DOMRect })),
        )) {
          expect(box.id).toMatch(/^l\d+$/);
          expect(box.bg).toBe('rgba(0, 0, 0, 0)');
          expect(box.rect.left).toBeGreaterThanOrEqual(container?.x ?? Infinity);
          expect(box.rect.bottom).toBeLessThanOrEqual((container?.y ?? 0) + (container?.height ?? 0) + 1);
        }
        // The question sits on a lighter tint than the answer.
        const [questionBg, answerBg] = await Promise.all(
          [question, answer].map((turn) => turn.evaluate((element) => getComputedStyle(element).backgroundColor)),
        );
        expect(questionBg).not.toBe(answerBg);
        // The unit's control stands after the question's header, on its line.
        await unit.hover();
        const header = await question.locator('figcaption').boundingBox();
        const control = await unit.locator('> .tx-copy').boundingBox();
        expect(control?.x).toBeGreaterThan((header?.x ?? 0) + 40);
        expect(Math.abs((control?.y ?? 0) + (control?.height ?? 0) / 2 - ((header?.y ?? 0) + (header?.height ?? 0) / 2))).toBeLessThan(12);
      });

      themeFreeTest?.('reference pages: glossary by pinyin with a letter index, figures table stacked on a phone', async ({ page }) => {
        await page.goto(sitePath('/glossary/'));
        const letters = await page.locator('.glossary-index a').allTextContents();
        expect(letters).toEqual([...letters].sort());
        for (const letter of letters) await expect(page.locator(`#letter-${letter.toLowerCase()}`)).toHaveText(letter);
        // Site sections are pages, not terms.
        for (const section of ['chips', 'power', 'workforce']) await expect(page.locator(`[data-term="${section}"]`)).toHaveCount(0);
        await expect(page.locator('[data-term="andy-jassy"]')).toBeVisible();

        if (screen.name !== 'phone') return;
        await page.goto(sitePath(`/${CALL}/figures/`));
        const tableWidth = await page
          .locator('.figures-table')
          .first()
          .evaluate((table) => table.getBoundingClientRect().width);
        const labelWidths = await page
          .locator('.figures-table tbody td:first-child')
          .evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().width));
        // A label has at least half the table's width to itself: never wrapped every few characters.
        for (const width of labelWidths) expect(width).toBeGreaterThanOrEqual(tableWidth / 2);
      });

      test("editor's notes are quiet footnotes and no reader-facing text names a file", async ({ page }) => {
        test.setTimeout(90_000);
        await page.goto(sitePath(`/${CALL}/aws/`));
        const note = page.locator('.sl-markdown-content .starlight-aside').first();
        await expect(note).toBeVisible();
        const [noteSize, bodySize] = await Promise.all(
          [note, page.locator('.sl-markdown-content > p').first()].map((element) => element.evaluate((node) => parseFloat(getComputedStyle(node).fontSize))),
        );
        expect(noteSize).toBeLessThan(bodySize ?? 0);
        await expect(note).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
        await expect(note.locator('.starlight-aside__icon')).toBeHidden();
        for (const route of theme === 'light' ? new Set([...PAGES, ...topicRoutes]) : []) {
          await page.goto(sitePath(route));
          expect(await page.locator('main').innerText(), route).not.toMatch(/content\/|\.ya?ml\b|\.mdx?\b/);
        }
        // The site title fits the header, cut with an ellipsis where it must be.
        const title = page.locator('.site-title span');
        await expect(title).toHaveCSS('text-overflow', 'ellipsis');
        const fits = await title.evaluate(
          (span) => span.getBoundingClientRect().right <= (document.querySelector('site-search [data-open-modal]')?.getBoundingClientRect().left ?? Infinity),
        );
        expect(fits).toBe(true);
      });
    });
  }
}
