import type { Dialog, Page } from '@playwright/test';
import { homeSearchBox, openSearch, search } from './support/search.ts';
import { sitePath } from './support/site.ts';
import { expect, sharedPage, test } from './support/test.ts';

const resultLinks = (page: Page) => page.locator('.pagefind-ui__result-inner > .pagefind-ui__result-title > .pagefind-ui__result-link');

/** The page paths of the results, in order (query string and hash removed). */
async function resultPaths(page: Page): Promise<string[]> {
  await expect(page.locator('.pagefind-ui__message')).toContainText(/找到|未找到/);
  await expect(page.locator('.pagefind-ui__message')).not.toContainText('正在搜索');
  await expect(page.locator('#starlight__search .pagefind-ui__loading')).toHaveCount(0);
  return resultLinks(page).evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

/** Opens the search dialog with the button on a newly loaded home page and types a query; returns the search box. */
async function searchOnNewPage(page: Page, query: string) {
  const input = await openSearch(page);
  await input.fill(query);
  return input;
}

/**
 * Most tests type their query into one search dialog, one query after another as a reader
 * does: loading the page and starting the search for each test cost more than the searches.
 * Those that change the dialog's filters or test how it opens load a page of their own.
 */
test.describe('one dialog, query after query', () => {
  test.describe.configure({ mode: 'serial' });
  const shared = sharedPage();

  for (const [query, expected] of [
    // The call overview's topic cards are navigation, not indexed: their pages are.
    ['电力', ['/amazon-2025-q3/aws/']],
    ['人', ['/amazon-2025-q3/workforce/']],
    ['3.8吉瓦', ['/amazon-2025-q3/aws/']],
    ['150%', ['/amazon-2025-q3/aws/', '/amazon-2025-q3/chips/']],
    ['Trainium 3', ['/amazon-2025-q3/chips/']],
    ['Alexa Plus', ['/amazon-2025-q3/rufus/']],
  ] as const) {
    test(`a literal query finds the pages that contain it: ${query}`, async () => {
      const paths = await search(shared(), query);
      for (const route of expected) expect(paths, query).toContain(sitePath(route));
      expect(paths.length, query).toBeGreaterThan(0);
    });
  }

  for (const [query, route] of [
    ['芯片', '/amazon-2025-q3/chips/'],
    ['卫星', '/amazon-2025-q3/kuiper/'],
    ['员工', '/amazon-2025-q3/workforce/'],
    ['Kuiper', '/amazon-2025-q3/kuiper/'],
    ['robots', '/amazon-2025-q3/workforce/'],
    ['Jassy', '/amazon-2025-q3/qa/'],
  ] as const) {
    test(`${query} ranks ${route} first`, async () => {
      expect((await search(shared(), query))[0]).toBe(sitePath(route));
    });
  }

  test('150% does not find a page that only has 150 without the percent sign', async () => {
    expect(await search(shared(), '150%')).not.toContain(sitePath('/amazon-2025-q3/kuiper/'));
  });

  test('the dialog and its search box are labelled in Chinese', async () => {
    const page = shared();
    await (await homeSearchBox(page)).fill('');
    await expect(page.getByRole('search')).toHaveAttribute('aria-label', '站内搜索');
    await expect(page.locator('body')).not.toContainText('Search this site');
  });

  test('/ typed inside the search box is a character, not a shortcut', async () => {
    const input = await homeSearchBox(shared());
    await input.fill('a/b');
    await expect(input).toHaveValue('a/b');
  });

  const ODD_QUERIES = {
    'spaces only': '   ',
    '1,000 characters': '芯'.repeat(1000),
    emoji: '😀🚀',
    'regex characters': '.*+?^${}()|[]\\',
    quotes: '"\'“”「」',
    'an HTML payload': '<img src=x onerror=alert(1)>',
    'a script payload': '<script>alert(1)</script>',
  };

  for (const [name, query] of Object.entries(ODD_QUERIES)) {
    test(`an odd query renders as text and runs nothing: ${name}`, async () => {
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
      // From an empty dialog: the message and results below are this query's and the next one's.
      await input.fill('');
      await expect(resultLinks(page)).toHaveCount(0);
      await expect(page.locator('.pagefind-ui__message')).toHaveCount(0);
      await input.fill(query);
      await expect(input).toHaveValue(query);
      const message = page.locator('.pagefind-ui__message');
      if (query.trim()) await expect(message).toContainText(/找到|未找到/);
      await expect(page.locator('#starlight__search img, #starlight__search script')).toHaveCount(0);
      // The search still works after the odd query.
      await input.fill('芯片');
      await expect(resultLinks(page).first()).toBeVisible();
      page.off('dialog', onDialog);
      page.off('pageerror', onError);
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
    });
  }

  test('an empty query shows no results and no message', async () => {
    const page = shared();
    const input = await homeSearchBox(page);
    await input.fill('芯片');
    await expect(resultLinks(page).first()).toBeVisible();
    await input.fill('');
    await expect(resultLinks(page)).toHaveCount(0);
  });

  test('a sub-result deep-links to the matched paragraph, which shows the query highlighted', async () => {
    const page = shared();
    await search(page, '3.8吉瓦');
    const sub = page.locator('.pagefind-ui__result-nested .pagefind-ui__result-link').first();
    await expect(sub).toHaveAttribute('href', new RegExp(`^${sitePath('/amazon-2025-q3/aws/')}\\?pagefind-highlight=3\\.8%E5%90%89%E7%93%A6#l\\d+$`));
    await sub.click();
    await expect(page).toHaveURL(/\/aws\/\?pagefind-highlight=.*#l\d+$/);
    const mark = page.locator('mark.pagefind-highlight');
    await expect(mark.first()).toHaveText('3.8吉瓦');
    await expect(mark.first()).toBeInViewport();
    const anchor = new URL(page.url()).hash;
    await expect(page.locator(`${anchor} mark.pagefind-highlight`)).toHaveCount(1);
  });
});

test('filters by topic and by speaker are offered in Chinese and narrow the results', async ({ page }) => {
  await searchOnNewPage(page, '贾西');
  const before = await resultPaths(page);
  await page.locator('.pagefind-ui__filter-name', { hasText: '主题' }).click();
  // Opening a filter has Pagefind count the query's pages per value: every topic has a page,
  // so a topic without 贾西 at (0) shows the counts are the query's, not the site's totals.
  await expect(page.getByRole('checkbox', { name: / \(0\)$/ }).first()).toBeAttached();
  await page.getByRole('checkbox', { name: /^芯片 \(/ }).check();
  await expect.poll(() => resultPaths(page)).toEqual([sitePath('/amazon-2025-q3/chips/')]);
  await page.getByRole('checkbox', { name: /^芯片 \(/ }).uncheck();
  await expect.poll(() => resultPaths(page)).toEqual(before);
  await page.locator('.pagefind-ui__filter-name', { hasText: '发言人' }).click();
  await page.getByRole('checkbox', { name: /^分析师 \(/ }).check();
  await expect.poll(async () => (await resultPaths(page)).length).toBeLessThan(before.length);
  expect(await resultPaths(page)).not.toContain(sitePath('/amazon-2025-q3/'));
});

test('keyboard only: Ctrl+K and / open, arrows move, Enter opens, Esc closes', async ({ page }) => {
  await page.goto(sitePath('/'));
  const dialog = page.getByRole('dialog');
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
  await page.keyboard.type('芯片');
  await expect(resultLinks(page).first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  const first = page.locator('#starlight__search .pagefind-ui__result-link').first();
  await expect(first).toBeFocused();
  const outline = await first.evaluate((link) => getComputedStyle(link).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('ArrowDown');
  await expect(first).not.toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(input).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/chips\/\?pagefind-highlight=/);
  await expect(page.locator('h1')).toHaveText('芯片');
});
