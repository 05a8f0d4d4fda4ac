import { openSearch, shownResults } from './support/search.ts';
import { sitePath } from './support/site.ts';
import { expect, test } from './support/test.ts';

/**
 * Queries typed in quick bursts, as a fast reader types them, each result list checked:
 * no search may come back empty (or stale) when its query is on the site. A search used to
 * come back empty when it overlapped the preload of the keystroke before it.
 */
const BURST: readonly (readonly [string, string])[] = [
  ['芯片', '/amazon-2025-q3/chips/'],
  ['电力', '/amazon-2025-q3/aws/'],
  ['Kuiper', '/amazon-2025-q3/kuiper/'],
  ['机器人', '/amazon-2025-q3/workforce/'],
  ['Trainium 2', '/amazon-2025-q3/chips/'],
  ['1320亿美元', '/amazon-2025-q3/aws/'],
  ['柯伊伯', '/amazon-2025-q3/kuiper/'],
  ['Zoox', '/amazon-2025-q3/zoox/'],
];

test('the first search after a spaces-only query finds its pages, every time', async ({ page }) => {
  test.setTimeout(120_000);
  for (let round = 0; round < 6; round += 1) {
    const input = await openSearch(page);
    await input.pressSequentially('  ', { delay: 10 });
    await input.fill('');
    await input.pressSequentially('芯片', { delay: 10 });
    expect(await shownResults(page, '芯片'), `round ${round + 1}`).toContain(sitePath('/amazon-2025-q3/chips/'));
  }
});

test('a burst of queries typed quickly: each shows its own results, none empty', async ({ page }) => {
  test.setTimeout(120_000);
  const input = await openSearch(page);
  for (let round = 0; round < 2; round += 1) {
    for (const [query, route] of BURST) {
      await input.fill('');
      await input.pressSequentially(query, { delay: 5 });
      expect(await shownResults(page, query), `${query}, round ${round + 1}`).toContain(sitePath(route));
    }
  }
});
