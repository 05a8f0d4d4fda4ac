import type { Page } from '@playwright/test';
import { openSearch, search, shownResults } from './support/search.ts';
import { sitePath } from './support/site.ts';
import { expect, sharedPage, test } from './support/test.ts';

/**
 * Results that read well, in the real search dialog on a desktop and on a phone: matching
 * paragraphs as sub-results deep-linked to the paragraph, no table rows or navigation run
 * together in an excerpt, excerpts that start at a clause, a count that matches the list,
 * filters in one compact row above the results; and the speaker filter per Q&A turn.
 */
const results = (page: Page) => page.locator('#starlight__search .pagefind-ui__result');
const resultFor = (page: Page, route: string) =>
  results(page).filter({ has: page.locator(`.pagefind-ui__result-inner > .pagefind-ui__result-title > a[href^="${sitePath(route)}?"]`) });
const nested = (page: Page) => page.locator('#starlight__search .pagefind-ui__result-nested');

/** Each sub-result's title, link and excerpt text. */
const subResults = (page: Page) =>
  nested(page).evaluateAll((items) =>
    items.map((item) => ({
      title: item.querySelector('.pagefind-ui__result-link')?.textContent?.trim() ?? '',
      href: item.querySelector('a')?.getAttribute('href') ?? '',
      excerpt: item.querySelector('.pagefind-ui__result-excerpt')?.textContent ?? '',
    })),
  );

for (const [name, viewport] of [
  ['desktop', { width: 1280, height: 900 }],
  ['phone', { width: 390, height: 844 }],
] as const) {
  // One search dialog for the tests of a screen, one query after another as a reader types them.
  test.describe(`on a ${name}`, () => {
    test.use({ viewport });
    test.describe.configure({ mode: 'serial' });
    const shared = sharedPage();

    test('a page shows up to 3 matching paragraphs, each linked to its paragraph', async () => {
      const page = shared();
      await search(page, '芯片');
      const chips = resultFor(page, '/amazon-2025-q3/chips/');
      const paragraphs = chips.locator('.pagefind-ui__result-nested').filter({ has: page.locator('a[href*="#l"]') });
      await expect(paragraphs.first()).toBeVisible();
      expect(await paragraphs.count()).toBeGreaterThanOrEqual(2);
      for (const result of await results(page).all()) {
        expect(await result.locator('.pagefind-ui__result-nested').count()).toBeLessThanOrEqual(4);
      }
      // Each paragraph link opens the paragraph, which has the query.
      const link = paragraphs.first().locator('a');
      const href = (await link.getAttribute('href')) ?? '';
      expect(href).toMatch(new RegExp(`^${sitePath('/amazon-2025-q3/chips/')}\\?pagefind-highlight=[^#]+#l\\d+$`));
      const excerpt = (await paragraphs.first().locator('.pagefind-ui__result-excerpt').textContent()) ?? '';
      await link.click();
      const paragraph = page.locator(new URL(href, page.url()).hash);
      await expect(paragraph).toBeInViewport();
      await expect(paragraph).toContainText('芯片');
      await expect(paragraph).toContainText(excerpt.replace(/^…|…$/g, '').slice(0, 10));
    });

    test('excerpts keep table rows apart and leave navigation out', async () => {
      const page = shared();
      await search(page, '芯片');
      const subs = await subResults(page);
      expect(subs.length).toBeGreaterThan(0);
      for (const { excerpt } of subs) {
        // Source links (¶29), table headers and "pages that mention it" lists are navigation.
        expect(excerpt).not.toMatch(/¶\d|出处|提到它的页面|指标\s*数值/);
      }
      // Each figure row is its own sub-result, titled with its measure and linked to its row.
      const rows = subs.filter(({ href }) => href.includes('#figure-'));
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row.excerpt.replace(/^…/, '')).toMatch(new RegExp(`^${row.title.slice(0, 6).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    });

    test('an excerpt starts at the start of a paragraph, sentence or clause', async () => {
      const page = shared();
      test.setTimeout(90_000);
      for (const query of ['芯片', '电力', '机器人']) {
        await search(page, query);
        const subs = await subResults(page);
        const cut = subs.filter(({ excerpt }) => excerpt.startsWith('…'));
        const texts = await page.evaluate(
          async (paths) => {
            const byPath: Record<string, string> = {};
            for (const path of paths) {
              const doc = new DOMParser().parseFromString(await (await fetch(path)).text(), 'text/html');
              const body = doc.querySelector('[data-pagefind-body]');
              body?.querySelectorAll('p, blockquote, li, td, th, dt, dd, h1, h2, h3, h4, figcaption, tr').forEach((block) => block.append('\n'));
              byPath[path] = body?.textContent ?? '';
            }
            return byPath;
          },
          [...new Set(cut.map(({ href }) => new URL(href, page.url()).pathname))],
        );
        for (const { href, excerpt } of cut) {
          const text = texts[new URL(href, page.url()).pathname] ?? '';
          const start = excerpt.slice(1, 25);
          const at = text.indexOf(start);
          expect(at, `${query}: ${excerpt}`).toBeGreaterThan(0);
          expect(text[at - 1], `${query}: ${excerpt} starts after "${text.slice(Math.max(0, at - 10), at)}"`).toMatch(/[\s，,。；;：:、！!？?]/);
        }
      }
    });

    test('the count says how many results are listed', async () => {
      const page = shared();
      test.setTimeout(90_000);
      for (const query of ['芯片', '贾西', 'AWS']) {
        const paths = await search(page, query);
        const message = (await page.locator('#starlight__search .pagefind-ui__message').textContent()) ?? '';
        expect(Number(/找到 (\d+) 个/.exec(message)?.[1]), `${query}: ${message}`).toBe(paths.length);
        await expect(page.locator('#starlight__search .pagefind-ui__button')).toHaveCount(0);
      }
    });

    test('the filters are one compact row and the results start near the top', async () => {
      const page = shared();
      await search(page, '芯片');
      const dialog = await page.getByRole('dialog').boundingBox();
      const names = await page.locator('#starlight__search .pagefind-ui__filter-name').all();
      expect(names.length).toBeGreaterThanOrEqual(2);
      const tops = await Promise.all(names.map(async (filter) => (await filter.boundingBox())?.y ?? NaN));
      for (const top of tops) expect(Math.abs(top - tops[0]!)).toBeLessThan(4);
      const first = await results(page).first().boundingBox();
      expect(dialog && first).toBeTruthy();
      // Search box, one row of filters, the count: the first result within 170 px of the dialog's top.
      expect((first?.y ?? Infinity) - (dialog?.y ?? 0)).toBeLessThan(170);
      // An open filter lists its values under the row, and they still narrow the results.
      await names[0]!.click();
      await expect(page.locator('#starlight__search .pagefind-ui__filter-checkbox').first()).toBeVisible();
    });
  });
}

test('the speaker filter keeps the analysts’ questions or the management’s answers', async ({ page }) => {
  const input = await openSearch(page);
  await input.fill('产能');
  const all = await shownResults(page, '产能');
  expect(all.length).toBeGreaterThan(0);
  const everyTitle = async () => (await subResults(page)).map(({ title }) => title);
  // Unfiltered, the results mix narrative paragraphs with turns of either speaker.
  expect((await everyTitle()).some((title) => !/分析师|管理层/.test(title))).toBe(true);

  await page.locator('.pagefind-ui__filter-name', { hasText: '发言人' }).click();
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
    const shown = await results(page).count();
    expect(await nested(page).count()).toBeGreaterThanOrEqual(shown);
    await box.uncheck();
  }
});
