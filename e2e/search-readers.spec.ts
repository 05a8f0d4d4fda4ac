import { search } from './support/search.ts';
import { sitePath } from './support/site.ts';
import { expect, sharedPage, test } from './support/test.ts';

/**
 * Readers who do not type simplified Chinese, in the real search dialog: English words
 * (CC-CEDICT), traditional characters and Taiwan's wording (OpenCC), pinyin (pinyin-pro),
 * and queries that mean nothing here. One search dialog for all of them, as a reader types
 * one query after another: loading the page and starting the search for each test cost more
 * than the searches.
 */
test.describe.configure({ mode: 'serial' });
const shared = sharedPage();

for (const [query, route] of [
  ['revenue', '/amazon-2025-q3/results/'],
  ['electricity', '/amazon-2025-q3/aws/'],
  ['taxi', '/amazon-2025-q3/zoox/'],
] as const) {
  test(`an English word finds the Chinese passage: ${query}`, async () => {
    const page = shared();
    expect((await search(page, query)).slice(0, 3)).toContain(sitePath(route));
    // The excerpts mark the Chinese words the English one means.
    await expect(
      page
        .locator('#starlight__search .pagefind-ui__result-excerpt mark')
        .filter({ hasText: /\p{Script=Han}/u })
        .first(),
    ).toBeVisible();
  });
}

for (const [traditional, simplified] of [
  ['訂單', '订单'],
  ['軟體', '软件'],
  ['晶片', '芯片'],
] as const) {
  test(`traditional ${traditional} finds the same pages as ${simplified}`, async () => {
    const page = shared();
    const expected = await search(page, simplified);
    expect(expected.length).toBeGreaterThan(0);
    expect(await search(page, traditional)).toEqual(expected);
  });
}

for (const [query, route] of [
  ['keyibo', '/amazon-2025-q3/kuiper/'],
  ['ya ma xun', '/amazon-2025-q3/'],
  ['lswjs', '/amazon-2025-q3/zoox/'],
] as const) {
  test(`pinyin finds the name: ${query}`, async () => {
    const page = shared();
    const paths = await search(page, query);
    expect(paths.length).toBeGreaterThan(0);
    expect(paths).toContain(sitePath(route));
  });
}

for (const query of ['javascript:alert(1)', 'https://example.com/index.html', 'qwzxv', '31415926']) {
  test(`a query that means nothing here finds nothing: ${query}`, async () => {
    const page = shared();
    expect(await search(page, query)).toEqual([]);
    await expect(page.locator('#starlight__search .pagefind-ui__message')).toContainText('未找到');
  });
}
