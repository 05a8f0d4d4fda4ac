import type { Page } from '@playwright/test';
import { indexedText, search, subResults } from './support/search.ts';
import { sitePath } from './support/site.ts';
import { expect, sharedPage, test } from './support/test.ts';

/**
 * Results that read well, in the real search dialog: matching paragraphs as sub-results
 * deep-linked to the paragraph, no table rows or navigation run together in an excerpt,
 * excerpts that start at a clause, a count that matches the list, filters in one compact row
 * above the results (on a desktop and on a phone); and the filters by call, topic and speaker.
 */
const results = (page: Page) => page.locator('#starlight__search .pagefind-ui__result');
const resultFor = (page: Page, route: string) =>
  results(page).filter({ has: page.locator(`.pagefind-ui__result-inner > .pagefind-ui__result-title > a[href^="${sitePath(route)}?"]`) });
const nested = (page: Page) => page.locator('#starlight__search .pagefind-ui__result-nested');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The page paths of the results shown now, once the dialog has finished searching. */
async function resultPaths(page: Page): Promise<string[]> {
  await expect(page.locator('#starlight__search .pagefind-ui__message')).not.toContainText('正在搜索');
  await expect(page.locator('#starlight__search .pagefind-ui__loading')).toHaveCount(0);
  return page
    .locator('#starlight__search .pagefind-ui__result-inner > .pagefind-ui__result-title > .pagefind-ui__result-link')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

/** Opens the filter `name` (once open, a click would close it). */
async function openFilter(page: Page, name: string) {
  const block = page.locator('#starlight__search .pagefind-ui__filter-block', { has: page.locator('.pagefind-ui__filter-name', { hasText: name }) });
  if (!(await block.evaluate((details) => (details as HTMLDetailsElement).open))) await block.locator('.pagefind-ui__filter-name').click();
}

/** A page shows up to 3 matching places; each paragraph among them links to the paragraph, which has the query. */
async function paragraphLinks(page: Page) {
  // AWS is in 4 places of the fixture's AWS figures (a chart, a heading, two rows) and in 2 paragraphs of its AWS page.
  await search(page, 'AWS');
  for (const result of await results(page).all()) expect(await result.locator('.pagefind-ui__result-nested').count()).toBeLessThanOrEqual(3);
  const paragraphs = resultFor(page, '/amazon-2025-q3/aws/')
    .locator('.pagefind-ui__result-nested')
    .filter({ has: page.locator('a[href*="#l"]') });
  await expect(paragraphs).toHaveCount(2);
  const link = paragraphs.first().locator('a');
  const href = (await link.getAttribute('href')) ?? '';
  expect(href).toMatch(new RegExp(`^${sitePath('/amazon-2025-q3/aws/')}\\?pagefind-highlight=AWS#l\\d+$`));
  const excerpt = (await paragraphs.first().locator('.pagefind-ui__result-excerpt').textContent()) ?? '';
  await link.click();
  const paragraph = page.locator(new URL(href, page.url()).hash);
  await expect(paragraph).toBeInViewport();
  await expect(paragraph).toContainText('AWS');
  await expect(paragraph).toContainText(excerpt.replace(/^…|…$/g, '').slice(0, 10));
}

/** The filters are one row, and the first result is near the dialog's top. */
async function compactFilters(page: Page) {
  await search(page, '芯片');
  const dialog = await page.getByRole('dialog').boundingBox();
  const names = await page.locator('#starlight__search .pagefind-ui__filter-name').all();
  expect(names.length).toBeGreaterThanOrEqual(3);
  const tops = await Promise.all(names.map(async (filter) => (await filter.boundingBox())?.y ?? NaN));
  for (const top of tops) expect(Math.abs(top - tops[0]!)).toBeLessThan(4);
  const first = await results(page).first().boundingBox();
  expect(dialog && first).toBeTruthy();
  // Search box, one row of filters, the count: the first result within 170 px of the dialog's top.
  expect((first?.y ?? Infinity) - (dialog?.y ?? 0)).toBeLessThan(170);
  // An open filter lists its values under the row.
  await names[0]!.click();
  await expect(page.locator('#starlight__search .pagefind-ui__filter-checkbox').first()).toBeVisible();
}

test.describe('on a desktop', () => {
  test.use({ viewport: { width: 1280, height: 900 } });
  test.describe.configure({ mode: 'serial' });
  const shared = sharedPage();

  test('excerpts keep table rows apart and leave navigation out', async () => {
    const page = shared();
    // 电力 is in figure rows of the fixture's key figures; Bedrock in a glossary entry with its list of pages.
    for (const query of ['Bedrock', '电力']) {
      await search(page, query);
      const subs = await subResults(page);
      expect(subs.length).toBeGreaterThan(0);
      // Source links (¶3), table headers and the glossary's "pages that mention it" lists are navigation.
      for (const { excerpt } of subs) expect(excerpt, query).not.toMatch(/¶\d|提到它的页面：|指标\s*数值/);
    }
    // Each figure row is its own sub-result, titled with its measure and linked to its row; its cells stay apart.
    const rows = (await subResults(page)).filter(({ href }) => href.includes('#figure-'));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.excerpt.replace(/^…/, '')).toMatch(new RegExp(`^${escapeRegExp(row.title)} \\S`));
  });

  test('an excerpt starts at the start of a paragraph, sentence or clause', async () => {
    const page = shared();
    for (const query of ['营收', '的']) {
      await search(page, query);
      const cut = (await subResults(page)).filter(({ excerpt }) => excerpt.startsWith('…'));
      expect(cut.length, `${query}: excerpts that start inside their paragraph`).toBeGreaterThan(0);
      for (const { href, excerpt } of cut) {
        const text = indexedText(new URL(href, page.url()).pathname) ?? '';
        const at = text.indexOf(excerpt.slice(1, 25));
        expect(at, `${query}: ${excerpt}`).toBeGreaterThan(0);
        expect(text[at - 1], `${query}: ${excerpt} starts after "${text.slice(Math.max(0, at - 10), at)}"`).toMatch(/[\s，,。；;：:、！!？?]/);
      }
    }
  });

  test('the count says how many results are listed', async () => {
    const page = shared();
    for (const query of ['芯片', '贾西', 'AWS']) {
      const paths = await search(page, query);
      const message = (await page.locator('#starlight__search .pagefind-ui__message').textContent()) ?? '';
      expect(Number(/找到 (\d+) 个/.exec(message)?.[1]), `${query}: ${message}`).toBe(paths.length);
      await expect(page.locator('#starlight__search .pagefind-ui__button')).toHaveCount(0);
    }
  });

  test('the filters are one compact row and the results start near the top', async () => compactFilters(shared()));

  test('the filter by topic is offered in Chinese, counts the query’s pages and narrows the results', async () => {
    const page = shared();
    const before = await search(page, '贾西');
    await openFilter(page, '主题');
    // Opening a filter has Pagefind count the query's pages per value: the topics without 贾西
    // (at 0, so the counts are the query's, not the site's totals) are hidden, the others shown.
    await expect(page.locator('#starlight__search .pagefind-ui__filter-value[hidden]').first()).toBeAttached();
    await expect(page.getByRole('checkbox', { name: / \(0\)$/ })).toHaveCount(0);
    await expect(page.getByRole('checkbox', { name: / \([1-9]\d*\)$/ }).first()).toBeVisible();
    const qa = page.getByRole('checkbox', { name: /^分析师问答 \(/ });
    await qa.check();
    const expected = before.filter((path) => path.endsWith('/qa/'));
    expect(expected.length).toBeGreaterThan(0);
    await expect.poll(() => resultPaths(page)).toEqual(expected);
    await qa.uncheck();
    await expect.poll(() => resultPaths(page)).toEqual(before);
  });

  test('the filter by call keeps that call’s pages', async () => {
    const page = shared();
    const before = await search(page, '芯片');
    await openFilter(page, '公司与季度');
    const q4 = page.getByRole('checkbox', { name: /^亚马逊 2025 年第四季度 \(/ });
    await q4.check();
    const expected = before.filter((path) => path.startsWith(sitePath('/amazon-2025-q4/')));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(before.length);
    await expect.poll(() => resultPaths(page)).toEqual(expected);
    await q4.uncheck();
    await expect.poll(() => resultPaths(page)).toEqual(before);
  });

  test('the speaker filter keeps the analysts’ questions or the management’s answers', async () => {
    const page = shared();
    expect((await search(page, '产能')).length).toBeGreaterThan(0);
    const everyTitle = async () => (await subResults(page)).map(({ title }) => title);
    // Unfiltered, the results mix the turns of either speaker.
    const unfiltered = await everyTitle();
    for (const group of ['分析师', '管理层']) expect(unfiltered.some((title) => title.includes(group))).toBe(true);
    await openFilter(page, '发言人');
    for (const [group, other] of [
      ['分析师', '管理层'],
      ['管理层', '分析师'],
    ] as const) {
      const box = page.getByRole('checkbox', { name: new RegExp(`^${group} \\(`) });
      await box.check();
      // Wait for the filtered list itself: an empty list while results reload proves nothing.
      const onlyGroup = async () => {
        const titles = await everyTitle();
        return titles.length > 0 && titles.every((title) => title.includes(group) && !title.includes(other));
      };
      await expect.poll(onlyGroup, { message: `${group}: every sub-result is a turn of this group` }).toBe(true);
      for (const { href } of await subResults(page)) expect(href).toMatch(/#l\d+$/);
      // Each page listed has a sub-result of the group: the count matches what is shown.
      expect(await nested(page).count()).toBeGreaterThanOrEqual(await results(page).count());
      await box.uncheck();
    }
  });

  // Last: it leaves the dialog for the page.
  test('a page shows up to 3 matching places, each paragraph linked to its paragraph', async () => paragraphLinks(shared()));
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test.describe.configure({ mode: 'serial' });
  const shared = sharedPage();

  test('the filters are one compact row and the results start near the top', async () => compactFilters(shared()));

  test('a page shows up to 3 matching places, each paragraph linked to its paragraph', async () => paragraphLinks(shared()));
});
