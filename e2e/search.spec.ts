import type { Dialog, Page } from '@playwright/test';
import { homeSearchBox, pagesWithText, search, subResults } from './support/search.ts';
import { sitePath, source } from './support/site.ts';
import { expect, sharedPage, test } from './support/test.ts';

/**
 * The search dialog on the fixture site, typed into as a reader types: one dialog, one query
 * after another (loading the page and starting the search for each test would cost more than
 * the searches). Expectations come from the fixture's own text (`pagesWithText`, `source`).
 */
test.describe.configure({ mode: 'serial' });
const shared = sharedPage();

const resultLinks = (page: Page) => page.locator('.pagefind-ui__result-inner > .pagefind-ui__result-title > .pagefind-ui__result-link');
const sorted = (paths: readonly string[]) => [...paths].sort();
/** The source line of the fixture's call that has `text`. */
const lineWith = (text: string) => source.find((paragraph) => paragraph.text.includes(text))?.line;

test('the dialog and its search box are labelled in Chinese; / typed into the box is a character', async () => {
  const page = shared();
  const input = await homeSearchBox(page);
  await expect(page.getByRole('search')).toHaveAttribute('aria-label', '站内搜索');
  await expect(page.locator('body')).not.toContainText('Search this site');
  await input.fill('a/b');
  await expect(input).toHaveValue('a/b');
});

for (const query of [
  // A word, a single character, numbers with their units, a word of the second call only,
  // Latin words with a digit and in mixed case.
  '电力',
  '人',
  '3.8吉瓦',
  '330亿美元',
  '20.2%',
  '1.57美元',
  '150%',
  '积压订单',
  'Trainium 2',
  'SageMaker',
]) {
  test(`a literal query finds exactly the pages that contain it: ${query}`, async () => {
    const expected = pagesWithText(query);
    expect(expected.length, `the fixture has ${query}`).toBeGreaterThan(0);
    expect(sorted(await search(shared(), query))).toEqual(expected);
  });
}

test('a unit is part of its number: 2025 is on most pages, 2025% on none', async () => {
  const page = shared();
  expect((await search(page, '2025')).length).toBeGreaterThan(1);
  expect(pagesWithText('2025%')).toEqual([]);
  expect(await search(page, '2025%')).toEqual([]);
  await expect(page.locator('#starlight__search .pagefind-ui__message')).toContainText('未找到');
});

for (const [query, route] of [
  ['电力', '/amazon-2025-q3/aws/'],
  ['Zoox', '/amazon-2025-q3/zoox/'],
  ['Rufus', '/amazon-2025-q3/qa/'],
] as const) {
  test(`${query} ranks ${route} first`, async () => {
    expect((await search(shared(), query))[0]).toBe(sitePath(route));
  });
}

test('a correction is found by the source’s word and by the editors’, and its excerpt shows both', async () => {
  const page = shared();
  const line = lineWith('QuickSleep');
  expect(line).toBeDefined();
  for (const query of ['QuickSleep', 'Quick Suite']) {
    expect(await search(page, query)).toEqual([sitePath('/amazon-2025-q3/aws/')]);
    const [sub] = await subResults(page);
    expect(sub?.href, query).toMatch(new RegExp(`#l${line}$`));
    // Both words, as text: the labels that screen readers hear are not in the excerpt.
    expect(sub?.excerpt, query).toMatch(/QuickSleep\s+Quick Suite/);
    expect(sub?.excerpt, query).not.toMatch(/原文：|编者更正为/);
  }
});

test('an odd query renders as text and runs nothing; an empty one shows no results and no message', async () => {
  const page = shared();
  const dialogs: string[] = [];
  const errors: string[] = [];
  const onDialog = (dialog: Dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  };
  const onError = (error: Error) => errors.push(error.message);
  page.on('dialog', onDialog);
  page.on('pageerror', onError);
  const input = await homeSearchBox(page);
  const message = page.locator('#starlight__search .pagefind-ui__message');
  for (const query of ['   ', '芯'.repeat(1000), '😀🚀', '.*+?^${}()|[]\\', '"\'“”「」', '<img src=x onerror=alert(1)>', '<script>alert(1)</script>']) {
    // From an empty box, which shows no results and no message: the message below is this query's.
    await input.fill('');
    await expect(resultLinks(page)).toHaveCount(0);
    await expect(message).toHaveCount(0);
    await input.fill(query);
    await expect(input).toHaveValue(query);
    if (query.trim()) await expect(message, query).toContainText(/找到|未找到/);
    await expect(page.locator('#starlight__search img, #starlight__search script')).toHaveCount(0);
  }
  // The search still works after them.
  await input.fill('芯片');
  await expect(resultLinks(page).first()).toBeVisible();
  page.off('dialog', onDialog);
  page.off('pageerror', onError);
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
});

test('a sub-result deep-links under the base path to the matched paragraph, which shows the query highlighted', async () => {
  const page = shared();
  await search(page, '3.8吉瓦');
  const sub = page.locator('.pagefind-ui__result-nested .pagefind-ui__result-link').first();
  await expect(sub).toHaveAttribute('href', `${sitePath('/amazon-2025-q3/aws/')}?pagefind-highlight=3.8%E5%90%89%E7%93%A6#l${lineWith('3.8吉瓦')}`);
  await sub.click();
  await expect(page).toHaveURL(new RegExp(`${sitePath('/amazon-2025-q3/aws/')}\\?pagefind-highlight=.*#l\\d+$`));
  const mark = page.locator('mark.pagefind-highlight');
  await expect(mark.first()).toHaveText('3.8吉瓦');
  await expect(mark.first()).toBeInViewport();
  await expect(page.locator(`${new URL(page.url()).hash} mark.pagefind-highlight`)).toHaveCount(1);
});

// On the page the previous test opened, where the search has not started yet.
test('keyboard only: Ctrl+K and / open, arrows move, Enter opens, Esc closes', async () => {
  const page = shared();
  if (!page.url().startsWith('http')) await page.goto(sitePath('/'));
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeHidden();
  const input = dialog.getByRole('textbox', { name: '搜索' });
  await expect(page.getByRole('button', { name: '搜索' })).toBeEnabled();
  await page.keyboard.press('Control+k');
  await expect(dialog).toBeVisible();
  await expect(input).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('/');
  await expect(dialog).toBeVisible();
  await expect(input).toBeFocused();
  await page.keyboard.type('Zoox');
  await expect(resultLinks(page).first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  const first = page.locator('#starlight__search .pagefind-ui__result-link').first();
  await expect(first).toBeFocused();
  expect(await first.evaluate((link) => getComputedStyle(link).outlineStyle)).not.toBe('none');
  await page.keyboard.press('ArrowDown');
  await expect(first).not.toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(input).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`^[^?]*${sitePath('/amazon-2025-q3/zoox/')}\\?pagefind-highlight=`));
  await expect(page.locator('h1')).toHaveText('Zoox');
});
