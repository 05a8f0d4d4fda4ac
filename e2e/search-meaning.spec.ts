import { pagesWithText, search } from './support/search.ts';
import { sitePath } from './support/site.ts';
import { expect, sharedPage, test } from './support/test.ts';

/**
 * What readers mean, in the real search dialog: a person by his English name, names and numbers
 * spaced or written their own way, a word the text does not use (its related words, and the
 * dialog saying so), and a query of which only a part is in the text.
 */
test.describe.configure({ mode: 'serial' });
const shared = sharedPage();

const GLOSSARY = sitePath('/glossary/');
const note = () => shared().locator('#starlight__search .search-note');

test('a person’s English name finds the pages where the text names him first, the glossary after them', async () => {
  const paths = await search(shared(), 'Jassy');
  const speaking = pagesWithText('贾西').filter((path) => path !== GLOSSARY);
  expect(speaking.length).toBeGreaterThan(0);
  expect(speaking).toContain(paths[0]);
  const glossary = paths.indexOf(GLOSSARY);
  if (glossary !== -1) for (const path of speaking) expect(paths.indexOf(path)).toBeLessThan(glossary);
  await expect(note()).toHaveCount(0);
});

test('a name spaced its own way finds the text’s spelling: Trainium2 = Trainium 2', async () => {
  const page = shared();
  const expected = await search(page, 'Trainium 2');
  expect(expected.length).toBeGreaterThan(0);
  expect(await search(page, 'Trainium2')).toEqual(expected);
});

test('a range written as readers write it finds the text’s 30%-40%', async () => {
  const page = shared();
  const pages = pagesWithText('30%-40%');
  expect(pages.length).toBeGreaterThan(0);
  for (const query of ['30-40%', '30%～40%']) expect((await search(page, query)).slice(0, pages.length).sort()).toEqual([...pages].sort());
});

test('a word the text does not use finds its related words, and the dialog names them', async () => {
  const paths = await search(shared(), '营业收入');
  expect(paths.length).toBeGreaterThan(0);
  const withRelated = pagesWithText('营收');
  for (const path of paths) expect(withRelated).toContain(path);
  await expect(note()).toHaveText(`未找到「营业收入」，显示相关词「营收」的 ${paths.length} 个结果`);
  await expect(shared().locator('#starlight__search .pagefind-ui__message')).toBeHidden();
});

test('a query of which only a part is in the text shows that part’s pages, and says so', async () => {
  const paths = await search(shared(), '亚马讯');
  expect(paths.length).toBeGreaterThan(0);
  for (const path of paths) expect(pagesWithText('亚马')).toContain(path);
  await expect(note()).toHaveText(`未找到「亚马讯」，只找到其中的「亚马」：${paths.length} 个结果`);
});

test('a word with nothing related on the site still finds nothing', async () => {
  expect(await search(shared(), '熊猫')).toEqual([]);
  await expect(note()).toHaveCount(0);
  await expect(shared().locator('#starlight__search .pagefind-ui__message')).toContainText('未找到');
});
