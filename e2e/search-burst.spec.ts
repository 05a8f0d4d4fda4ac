import { openSearch, pagesWithText, shownResults } from './support/search.ts';
import { expect, test } from './support/test.ts';

/**
 * Queries typed in quick bursts, as a fast reader types them, each result list checked:
 * no search may come back empty (or stale) when its query is on the site. A search used to
 * come back empty when it overlapped the preload of the keystroke before it, and the first
 * search after a spaces-only query, typed while the engine starts, used to show "未找到".
 */
const BURST = ['芯片', '电力', 'Zoox', '3.8吉瓦', 'Trainium 2', '330亿美元', '贾西', '拉斯维加斯'];

test('the first search after a spaces-only query finds its pages, every time', async ({ page }) => {
  const expected = pagesWithText('芯片');
  for (let round = 0; round < 3; round += 1) {
    // A newly loaded page each round: the race is with the engine starting.
    const input = await openSearch(page);
    await input.pressSequentially('  ', { delay: 10 });
    await input.fill('');
    await input.pressSequentially('芯片', { delay: 10 });
    expect([...(await shownResults(page, '芯片'))].sort(), `round ${round + 1}`).toEqual(expected);
  }
});

test('a burst of queries typed quickly: each shows its own results, none empty', async ({ page }) => {
  // On a newly loaded page, whose index chunks each query fetches while the next keystroke's preload starts.
  const input = await openSearch(page);
  for (const query of BURST) {
    await input.fill('');
    await input.pressSequentially(query, { delay: 5 });
    const expected = pagesWithText(query);
    expect(expected.length, query).toBeGreaterThan(0);
    expect([...(await shownResults(page, query))].sort(), query).toEqual(expected);
  }
});
