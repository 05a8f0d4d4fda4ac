import { search } from './support/search.ts';
import { sitePath } from './support/site.ts';
import { expect, sharedPage, test } from './support/test.ts';

/**
 * Readers who do not type simplified Chinese, in the real search dialog: English words
 * (CC-CEDICT) and the glossary's English names, traditional characters and Taiwan's wording
 * (OpenCC), pinyin (pinyin-pro), and queries that mean nothing here. One search dialog for
 * all of them, as a reader types one query after another.
 */
test.describe.configure({ mode: 'serial' });
const shared = sharedPage();

const sorted = (paths: readonly string[]) => [...paths].sort();
/** The Han-character words the excerpts mark: what the dictionary read the query as. */
const hanMarks = () =>
  shared()
    .locator('#starlight__search .pagefind-ui__result-excerpt mark')
    .filter({ hasText: /\p{Script=Han}/u });

test('an English word finds the pages of the Chinese word it means: revenue = 营收', async () => {
  const page = shared();
  const chinese = await search(page, '营收');
  expect(chinese.length).toBeGreaterThan(0);
  expect(sorted(await search(page, 'revenue'))).toEqual(sorted(chinese));
  await expect(hanMarks().first()).toBeVisible();
});

for (const [query, route] of [
  // A plural: the dictionary knows taxi.
  ['taxis', '/amazon-2025-q3/zoox/'],
  ['electricity', '/amazon-2025-q3/aws/'],
] as const) {
  test(`an English word ranks the page of the Chinese word it means first: ${query}`, async () => {
    expect((await search(shared(), query))[0]).toBe(sitePath(route));
    await expect(hanMarks().first()).toBeVisible();
  });
}

// The glossary names a page for each entry (tests/fixture-site/content/glossary.yaml): its
// English name and Latin aliases find that page first, in every call that has it. (A person's
// name finds where the text names him first: e2e/search-meaning.spec.ts.)
for (const [query, routes] of [
  ['Amazon Web Services', ['/amazon-2025-q3/aws/', '/amazon-2025-q4/aws/']],
  ['robotaxi', ['/amazon-2025-q3/zoox/']],
] as const) {
  test(`a glossary name ranks the page the glossary gives first: ${query}`, async () => {
    const paths = await search(shared(), query);
    expect(sorted(paths.slice(0, routes.length))).toEqual(routes.map(sitePath));
  });
}

for (const [traditional, simplified] of [
  ['亞馬遜雲服務', '亚马逊云服务'],
  ['訂單', '订单'],
  // Taiwan's words for the site's.
  ['晶片', '芯片'],
  ['計程車', '出租车'],
] as const) {
  test(`traditional ${traditional} finds the same pages as ${simplified}`, async () => {
    const page = shared();
    const expected = await search(page, simplified);
    expect(expected.length).toBeGreaterThan(0);
    expect(await search(page, traditional)).toEqual(expected);
  });
}

for (const [pinyin, chinese] of [
  ['lasiweijiasi', '拉斯维加斯'],
  ['ya ma xun', '亚马逊'],
  // Initials, of a name written with a separator.
  ['adjx', '安迪·贾西'],
] as const) {
  test(`pinyin finds the pages of the name: ${pinyin} = ${chinese}`, async () => {
    const page = shared();
    const expected = await search(page, chinese);
    expect(expected.length).toBeGreaterThan(0);
    expect(sorted(await search(page, pinyin))).toEqual(sorted(expected));
  });
}

test('a query that means nothing here finds nothing', async () => {
  const page = shared();
  for (const query of ['javascript:alert(1)', 'https://example.com/index.html', 'qwzxv', '31415926']) {
    expect(await search(page, query), query).toEqual([]);
    await expect(page.locator('#starlight__search .pagefind-ui__message')).toContainText('未找到');
  }
});
