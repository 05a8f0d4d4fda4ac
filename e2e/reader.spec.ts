import { loadCalls } from '../src/model/calls.ts';
import { loadFigures } from '../src/figures/load-figures.ts';
import { CALL, pages, sitePath, source } from './support/site.ts';
import { expect, sharedPage, test } from './support/test.ts';

const call = loadCalls().calls.find((candidate) => candidate.id === CALL);
if (!call) throw new Error(`no call ${CALL}`);
const CHARTS = call.charts;
const figures = loadFigures(call.figuresFile).figures.map(({ figure }) => figure);
/** The route of the page that quotes the paragraph starting at `line`. */
const homeOf = (line: number) =>
  pages.find((page) => page.route.startsWith(`/${CALL}/`) && page.paragraphs.some((paragraph) => paragraph.line === line))?.route;

test('the figures table lists every figure once, linking to the paragraph that states it', async ({ page }) => {
  await page.goto(sitePath('/amazon-2025-q3/figures/'));
  const rows = page.locator('.figures-table tbody tr');
  await expect(rows).toHaveCount(figures.length);
  for (const figure of figures) {
    const row = page.locator(`tr[data-figure="${figure.id}"]`);
    await expect(row.locator('td').nth(1)).toHaveText(figure.value);
    const line = Number(figure.anchor.slice(1));
    await expect(row.locator('a')).toHaveAttribute('href', `${sitePath(homeOf(line) ?? '')}#${figure.anchor}`);
  }
  const link = page.locator('tr[data-figure="rufus-users"] a');
  await link.click();
  await expect(page).toHaveURL(/\/rufus\/#l22$/);
  await expect(page.locator('#l22')).toBeInViewport();
  await expect(page.locator('#l22')).toContainText('2.5亿用户');
});

test('each topic page shows the figures its editors chose to lead it, in their order', async ({ page }) => {
  await page.goto(sitePath('/amazon-2025-q3/chips/'));
  const box = page.locator('.key-figures');
  const lead = figures
    .filter((figure) => figure.lead !== undefined && homeOf(Number(figure.anchor.slice(1))) === '/amazon-2025-q3/chips/')
    .sort((a, b) => (a.lead ?? 0) - (b.lead ?? 0));
  expect(lead.length).toBeGreaterThanOrEqual(2);
  await expect(box.locator('a[data-figure]')).toHaveCount(lead.length);
  expect(await box.locator('a[data-figure]').evaluateAll((links) => links.map((link) => link.getAttribute('data-figure')))).toEqual(
    lead.map((figure) => figure.id),
  );
  await expect(box).toContainText('150%');
  await expect(box.locator('a[data-figure="trainium2-growth"]')).toHaveAttribute('href', '#l20');
  await page.goto(sitePath('/amazon-2025-q3/qa/'));
  await expect(page.locator('.key-figures')).toHaveCount(0);
  // One figure is read in its paragraph: no box.
  await page.goto(sitePath('/amazon-2025-q3/zoox/'));
  await expect(page.locator('.key-figures')).toHaveCount(0);
});

test("the home page shows the call's headline figures in their order, each linking to its paragraph", async ({ page }) => {
  await page.goto(sitePath('/'));
  const headline = figures.filter((figure) => figure.headline !== undefined).sort((a, b) => (a.headline ?? 0) - (b.headline ?? 0));
  const links = page.locator('.headline-figures a[data-figure]');
  await expect(links).toHaveCount(headline.length);
  for (const [index, figure] of headline.entries()) {
    await expect(links.nth(index).locator('.figure-strip__value')).toHaveText(figure.value);
    await expect(links.nth(index)).toHaveAttribute('href', `${sitePath(homeOf(Number(figure.anchor.slice(1))) ?? '')}#${figure.anchor}`);
  }
  await links.first().click();
  await expect(page.locator(`#${headline[0]?.anchor}`)).toBeInViewport();
});

test('charts are static SVG with an accessible name, a description and their numbers as text', async ({ page }) => {
  await page.goto(sitePath('/amazon-2025-q3/figures/'));
  for (const chart of CHARTS) {
    const svg = page.getByRole('img', { name: chart.title, exact: true });
    await expect(svg).toBeVisible();
    const texts = await svg.locator('text').allTextContents();
    for (const bar of chart.bars) {
      const value = figures.find((figure) => figure.id === bar.figure)?.value ?? `missing ${bar.figure}`;
      expect(texts, `${chart.id}: ${bar.label}`).toContain(value);
      await expect(svg.locator('desc')).toContainText(`${bar.label}：${value}`);
    }
  }
  // Rendered at build time: the page loads no charting code.
  const scripts = await page.locator('script[src]').evaluateAll((nodes) => nodes.map((node) => (node as HTMLScriptElement).src));
  expect(scripts.filter((src) => /vega/i.test(src))).toEqual([]);
});

test('the glossary links each term to exactly the pages whose text mentions it', async ({ page }) => {
  const topicRoutes = pages.filter((candidate) => candidate.frontmatter['topic']).map((candidate) => candidate.route);
  const texts = new Map<string, string>();
  for (const route of topicRoutes) {
    await page.goto(sitePath(route));
    // The page's own text; generated chrome (figures box, topic cards) is not what the page mentions.
    texts.set(
      route,
      await page.locator('.sl-markdown-content').evaluate((main) => {
        const copy = main.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.key-figures, .topic-list, [data-pagefind-ignore]').forEach((chrome) => chrome.remove());
        return `${document.querySelector('h1')?.textContent ?? ''}${copy.textContent ?? ''}`;
      }),
    );
  }
  await page.goto(sitePath('/glossary/'));
  for (const [term, name, zh] of [
    ['project-kuiper', '柯伊伯计划', '柯伊伯计划'],
    ['graviton', 'Graviton', 'Graviton'],
    ['annapurna-labs', 'Annapurna', 'Annapurna 实验室'],
  ] as const) {
    const entry = page.locator(`[data-term="${term}"]`);
    await expect(entry.locator('.glossary__zh')).toHaveText(zh);
    const linked = await entry.locator('.glossary__pages a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const mentioning = topicRoutes.filter((route) => texts.get(route)?.includes(name)).map((route) => sitePath(route));
    expect(mentioning.length, term).toBeGreaterThan(0);
    expect(linked, term).toEqual(mentioning);
  }
  await page.locator('[data-term="zoox"] .glossary__pages a', { hasText: 'Zoox' }).click();
  await expect(page).toHaveURL(/\/zoox\/$/);
  await expect(page.locator('h1')).toHaveText('Zoox');
});

test('the original-order page has every source paragraph once, in order, each linking to its home', async ({ page }) => {
  await page.goto(sitePath('/amazon-2025-q3/transcript/'));
  await expect(page.locator('h1')).toHaveText('按原顺序阅读全文');
  const rendered = await page.locator('.tx-para').evaluateAll((nodes) =>
    nodes.map((node) => {
      const copy = node.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[data-editorial]').forEach((editorial) => editorial.remove());
      return { id: node.id, text: (copy.textContent ?? '').trim(), home: node.querySelector('a.call-home')?.getAttribute('href') };
    }),
  );
  expect(rendered).toEqual(
    source.map((paragraph) => ({ id: paragraph.id, text: paragraph.text, home: `${sitePath(homeOf(paragraph.line) ?? '')}#${paragraph.id}` })),
  );
  // Corrections look as on the topic page; the page is not in the search index.
  await expect(page.locator('#l17 .tx-fix del')).toHaveText('QuickSleep');
  await expect(page.locator('#l17 .tx-fix ins')).toHaveText('Quick Suite');
  await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
  await page.locator('#l59 a.call-home').click();
  await expect(page).toHaveURL(/\/aws\/#l59$/);
  await expect(page.locator('#l59')).toBeInViewport();
});

test('a deep link into the original-order page scrolls to the paragraph and marks it', async ({ page }) => {
  await page.goto(sitePath('/amazon-2025-q3/transcript/#l46'));
  const target = page.locator('#l46');
  await expect(target).toBeInViewport();
  await expect(target).toHaveCSS('outline-style', 'solid');
  await expect(page.locator('#l45')).not.toHaveCSS('outline-style', 'solid');
});

test('copy-link buttons copy the full URL of a paragraph and of a Q&A unit, by keyboard', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(sitePath('/amazon-2025-q3/chips/'));
  const button = page.locator('#l20 button.tx-copy');
  await expect(button).toHaveAccessibleName(/^复制链接\s?：原文第 20 行$/);
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button.locator('.tx-copy__label')).toHaveText('已复制链接');
  await expect(page.getByRole('status').filter({ hasText: '已复制链接' })).toHaveCount(1);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${sitePath('/amazon-2025-q3/chips/')}#l20`);

  await page.locator('#q31 > button.tx-copy').click();
  const url = await page.evaluate(() => navigator.clipboard.readText());
  expect(url).toBe(`${baseURL}${sitePath('/amazon-2025-q3/chips/')}#q31`);
  await page.goto(url);
  await expect(page.locator('#q31')).toBeInViewport();
  await expect(page.locator('#q31')).toHaveCSS('outline-style', 'solid');
});

// One test per page (a busy machine must not add up every page's load time against one
// timeout), all on one browser page: a fresh context per page cost more than the checks.
test.describe('the meta tags of each page', () => {
  test.describe.configure({ mode: 'serial' });
  const shared = sharedPage();

  for (const { route, title } of [
    ...pages.map(({ route, title }) => ({ route, title })),
    { route: '/amazon-2025-q3/transcript/', title: '按原顺序阅读全文' },
  ]) {
    test(`${route} has a meaningful title, description, Open Graph and Twitter meta`, async () => {
      const page = shared();
      await page.goto(sitePath(route));
      await expect(page).toHaveTitle(new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      const description = await page.locator('meta[name="description"]').getAttribute('content');
      expect(description?.length, route).toBeGreaterThan(20);
      await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', title);
      await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', description ?? '');
      await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', new RegExp(`${sitePath(route)}$`));
      await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary');
    });
  }
});

test('a topic page prints without sidebar or buttons, with its links written out', async ({ page }) => {
  await page.goto(sitePath('/amazon-2025-q3/'));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#starlight__sidebar')).toBeHidden();
  await expect(page.locator('header.header')).toBeHidden();
  const link = page.locator('.sl-markdown-content p a[href]').last();
  const href = await link.getAttribute('href');
  expect(await link.evaluate((anchor) => getComputedStyle(anchor, '::after').content)).toBe(`" <${href}>"`);
  await page.goto(sitePath('/amazon-2025-q3/aws/'));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.tx-copy').first()).toBeHidden();
  await expect(page.locator('.key-figures')).toBeHidden();
  await expect(page.locator('#l59')).toBeVisible();
});
