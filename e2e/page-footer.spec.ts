import { lastCommitDate } from '../src/git/last-commit-date.ts';
import { EDIT_BASE_URL } from '../src/repository.ts';
import { pages, sitePath } from './support/site.ts';
import { expect, test } from './support/test.ts';

test('every page links to its own file in the repository for editing', async ({ page }) => {
  for (const { route, file } of pages) {
    await page.goto(sitePath(route));
    await expect(page.getByRole('link', { name: '编辑此页' }), route).toHaveAttribute('href', `${EDIT_BASE_URL}${file}`);
  }
});

test('every page shows the date of the last commit that changed its file', async ({ page }) => {
  for (const { route, file } of pages) {
    await page.goto(sitePath(route));
    const date = lastCommitDate(file);
    const time = page.locator('footer time');
    if (date) await expect(time, route).toHaveAttribute('datetime', date.toISOString());
    else await expect(time, `${route}: no date when git cannot tell (shallow clone, uncommitted file)`).toHaveCount(0);
  }
});
