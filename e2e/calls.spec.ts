import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { callLabel, loadCalls } from '../src/model/calls.ts';
import { REDIRECTS_FILE } from '../src/calls/paths.ts';
import { loadFigures } from '../src/figures/load-figures.ts';
import { CALL, pages, SITE_URL, sitePath } from './support/site.ts';
import { expect, sharedPage, test } from './support/test.ts';

/**
 * Many calls: the call list, the routes of a call, the redirects of the first call's old URLs,
 * the call switch, the topics across calls and the call filter. Runs on the published site (one
 * call) and, through `npm run test:e2e:calls`, on a build with the tests' synthetic second call
 * (tests/fixtures/calls/), where the expectations for two calls apply.
 */
const { calls } = loadCalls();
const redirects = (parse(readFileSync(REDIRECTS_FILE, 'utf8')) as { from: string; to: string }[]).filter(({ from }) => from !== '/');
const pagesOf = (callId: string) => pages.filter((page) => page.route.startsWith(`/${callId}/`));
/** A paragraph each old page quotes, to follow a redirect with its fragment. */
const paragraphOn = (route: string) => pages.find((page) => page.route === route)?.paragraphs.at(-1)?.line;

test('the home page leads with the newest call, then lists every call newest first, each with its headline figures linking to their paragraphs', async ({
  page,
}) => {
  await page.goto(sitePath('/'));
  const sections = page.locator('section.call-summary');
  await expect(sections).toHaveCount(calls.length);
  expect(await sections.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-call')))).toEqual(calls.map((call) => call.id));
  for (const [index, call] of calls.entries()) {
    const section = page.locator(`section[data-call="${call.id}"]`);
    await expect(section.getByRole('heading', { level: index === 0 ? 2 : 3 })).toContainText(callLabel(call));
    const headline = loadFigures(call.figuresFile)
      .figures.map(({ figure }) => figure)
      .filter((figure) => figure.headline !== undefined)
      .sort((a, b) => (a.headline ?? 0) - (b.headline ?? 0));
    expect(headline.length, `${call.id} has headline figures`).toBeGreaterThan(0);
    const links = section.locator('.headline-figures a[data-figure]');
    await expect(links).toHaveCount(headline.length);
    for (const [place, figure] of headline.entries()) {
      await expect(links.nth(place).locator('.figure-strip__value')).toHaveText(figure.value);
      await expect(links.nth(place)).toHaveAttribute('href', new RegExp(`^${sitePath(`/${call.id}/`)}[a-z-]*/?#${figure.anchor}$`));
    }
  }
  // The newest call leads, with its topics.
  await expect(sections.first().locator('.topic-list a').first()).toBeVisible();
  await sections.first().locator('.headline-figures a').first().click();
  await expect(page.locator(':target')).toBeInViewport();
});

test('every page of a call lives under /<call-id>/, with the call overview at /<call-id>/', async ({ page }) => {
  for (const call of calls) {
    expect(pagesOf(call.id).length, call.id).toBeGreaterThan(0);
    const overview = await page.goto(sitePath(`/${call.id}/`));
    expect(overview?.status()).toBe(200);
    for (const slug of ['figures', 'transcript']) {
      const response = await page.goto(sitePath(`/${call.id}/${slug}/`));
      expect(response?.status(), `${call.id}/${slug}`).toBe(200);
    }
  }
});

// One test per old URL and per page, all on one browser page: a fresh context per test cost more than the checks.
test.describe('each old URL and each page', () => {
  test.describe.configure({ mode: 'serial' });
  const shared = sharedPage();

  for (const { from, to } of redirects) {
    test(`the old URL ${from} leads to ${to} and keeps the paragraph anchor`, async () => {
      const page = shared();
      const line = paragraphOn(to);
      const hash = line ? `#l${line}` : '';
      await page.goto(sitePath(`${from}${hash}`));
      await expect(page).toHaveURL(new URL(sitePath(`${to}${hash}`), page.url()).href);
      if (line) await expect(page.locator(`#l${line}`)).toBeInViewport();
    });
  }

  for (const { route } of calls.flatMap((call) => pagesOf(call.id))) {
    test(`ids (paragraph anchors included) are unique on ${route}`, async () => {
      const page = shared();
      await page.goto(sitePath(route));
      const ids = await page.locator('[id]').evaluateAll((nodes) => nodes.map((node) => node.id));
      expect(ids.length, route).toBeGreaterThan(0);
      expect(ids.length, route).toBe(new Set(ids).size);
    });
  }
});

test('redirects work without JavaScript (the fragment is then lost) and are kept out of the sitemap', async ({ browser, request }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const [first] = redirects;
  if (!first) throw new Error('content/redirects.yaml lists no old URL');
  await page.goto(sitePath(first.from));
  await expect(page).toHaveURL(new RegExp(`${sitePath(first.to)}$`));
  await context.close();
  const sitemap = await (await request.get(sitePath('/sitemap-0.xml'))).text();
  for (const { from } of redirects) expect(sitemap).not.toContain(`<loc>${new URL(sitePath(from), SITE_URL).href}</loc>`);
  expect(sitemap).toContain(`<loc>${new URL(sitePath(`/${CALL}/`), SITE_URL).href}</loc>`);
});

test('an old link to a paragraph of the home page (/#l6) reaches the first call’s overview', async ({ page }) => {
  await page.goto(sitePath('/#l6'));
  await expect(page).toHaveURL(new RegExp(`${sitePath(`/${CALL}/`)}#l6$`));
  await expect(page.locator('#l6')).toBeInViewport();
});

test('the sidebar shows the reader’s call; the call switch lists every call and leads to the same page of another', async ({ page }) => {
  for (const call of calls) {
    await page.goto(sitePath(`/${call.id}/`));
    const sidebar = page.locator('#starlight__sidebar');
    await expect(sidebar.locator('summary', { hasText: callLabel(call) })).toBeVisible();
    for (const other of calls.filter((candidate) => candidate !== call)) await expect(sidebar.locator('summary', { hasText: callLabel(other) })).toHaveCount(0);
    const links = page.locator('.call-switch a');
    await expect(links).toHaveCount(calls.length);
    await expect(page.locator('.call-switch a[aria-current]')).toHaveAttribute('data-call', call.id);
  }
  if (calls.length < 2) {
    await expect(page.locator('.call-switch')).toContainText('下一场电话会加入后，可在这里切换');
    return;
  }
  const [newest, older] = calls;
  if (!newest || !older) return;
  // From a page both calls have (aws), the switch leads to the other call's page of that topic.
  await page.goto(sitePath(`/${newest.id}/aws/#l3`));
  await page.locator(`.call-switch a[data-call="${older.id}"]`).click();
  await expect(page).toHaveURL(new RegExp(`${sitePath(`/${older.id}/aws/`)}$`));
  await expect(page.locator('.call-switch a[aria-current]')).toHaveAttribute('data-call', older.id);
  // From a page the other call lacks, it leads to that call's overview.
  await page.goto(sitePath(`/${older.id}/zoox/`));
  await page.locator(`.call-switch a[data-call="${newest.id}"]`).click();
  await expect(page).toHaveURL(new RegExp(`${sitePath(`/${newest.id}/`)}$`));
});

test('a topic across calls lists what each call said, newest first, linking to the paragraphs, with its figures', async ({ page }) => {
  await page.goto(sitePath('/topics/'));
  await page.getByRole('main').getByRole('link', { name: /^AWS/ }).click();
  await expect(page).toHaveURL(new RegExp(`${sitePath('/topics/aws/')}$`));
  const withAws = calls.filter((call) => pagesOf(call.id).some((candidate) => candidate.frontmatter['topic'] === 'aws'));
  const sections = page.locator('section.topic-call');
  // Wait for the page to render its sections before reading their order.
  await expect(sections).toHaveCount(withAws.length);
  expect(await sections.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-call')))).toEqual(withAws.map((call) => call.id));
  const [newest] = withAws;
  const first = sections.first().locator('.topic-call__paragraphs a').first();
  const href = (await first.getAttribute('href')) ?? '';
  expect(href).toMatch(new RegExp(`^${sitePath(`/${newest?.id}/aws/`)}#l\\d+$`));
  await first.click();
  await expect(page.locator(':target')).toBeInViewport();
});

test('a metric of two calls is charted over the quarters; with one call the page says what will be plotted', async ({ page }) => {
  await page.goto(sitePath('/topics/aws/'));
  if (calls.length < 2) {
    await expect(page.locator('.metric-pending').first()).toContainText('下一场电话会加入并报告它后，这里会画出它在各季度的走势');
    await expect(page.locator('svg[role="img"]')).toHaveCount(0);
    return;
  }
  const chart = page.locator('[data-chart="metric-aws-backlog"]');
  const svg = chart.getByRole('img');
  await expect(svg).toBeVisible();
  const texts = await svg.locator('text').allTextContents();
  const values = calls.flatMap((call) =>
    loadFigures(call.figuresFile)
      .figures.filter(({ figure }) => figure.metric === 'aws-backlog')
      .map(({ figure }) => figure.value),
  );
  expect(values.length).toBeGreaterThanOrEqual(2);
  for (const value of values) expect(texts).toContain(value);
  // Each quarter's number links to its paragraph, in its own call.
  const links = chart.locator('figcaption a');
  await expect(links).toHaveCount(values.length);
  for (const link of await links.all()) await expect(link).toHaveAttribute('href', new RegExp(`^${sitePath('/')}[a-z0-9-]+/[a-z-]+/#l\\d+$`));
});

test('search offers the call filter (公司与季度); results of another call are filtered out and link to their call', async ({ page }) => {
  await page.goto(sitePath('/'));
  await page.getByRole('button', { name: '搜索' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: '搜索' }).fill('Trainium');
  await expect(dialog.locator('.pagefind-ui__result-link').first()).toBeVisible();
  await dialog.locator('.pagefind-ui__filter-name', { hasText: '公司与季度' }).click();
  for (const call of calls) await expect(dialog.getByRole('checkbox', { name: new RegExp(`^${callLabel(call)} \\(`) })).toBeVisible();
  const target = calls.at(-1);
  if (!target) return;
  await dialog.getByRole('checkbox', { name: new RegExp(`^${callLabel(target)} \\(`) }).check();
  await expect
    .poll(async () =>
      (await dialog.locator('.pagefind-ui__result-link').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname))).every(
        (path) => path.startsWith(sitePath(`/${target.id}/`)),
      ),
    )
    .toBe(true);
  if (calls.length > 1) await expect(dialog.locator('.pagefind-ui__result-title').first()).toContainText(callLabel(target));
});
