import { lastCommitDate } from '../src/git/last-commit-date.ts';
import { EDIT_BASE_URL } from '../src/repository.ts';
import { pages, sitePath } from './support/site.ts';
import { expect, sharedPage, test } from './support/test.ts';

// Each test looks at one page: one browser page for all of them.
test.describe.configure({ mode: 'serial' });
const shared = sharedPage();

// One test per page: a busy machine must not add up every page's load time against one timeout.
for (const { route, file } of pages) {
  test(`${route} links to its own file for editing, or has no edit link without a repository`, async () => {
    const page = shared();
    await page.goto(sitePath(route));
    const editLink = page.getByRole('link', { name: '编辑此页' });
    // src/repository.ts: REPOSITORY_URL, the GitHub Actions repository or the git remote; else no link.
    if (EDIT_BASE_URL) await expect(editLink).toHaveAttribute('href', `${EDIT_BASE_URL}${file}`);
    else await expect(editLink).toHaveCount(0);
  });

  test(`${route} shows the date of the last commit that changed its file`, async () => {
    const page = shared();
    await page.goto(sitePath(route));
    const date = lastCommitDate(file);
    const time = page.locator('footer time');
    if (date) await expect(time).toHaveAttribute('datetime', date.toISOString());
    else await expect(time, 'no date when git cannot tell (shallow clone, uncommitted file)').toHaveCount(0);
  });
}
