import { calls, redirects } from '../tests/support/built-pages.ts';
import { pages, sitePath } from './support/site.ts';
import { expect, test } from './support/test.ts';

/**
 * Many calls, where a browser is needed: the scripts that keep a paragraph's fragment across an
 * old URL, and the search's call filter. The call list, the routes, the sidebar, the call switch,
 * the topics across calls and the redirect pages' markup are tested on the fixture's built HTML
 * (tests/site/calls.test.ts, tests/site/site.test.ts).
 */
/** The last paragraph an old URL's new page quotes, to follow the redirect with its fragment. */
const paragraphOn = (route: string) => pages.find((page) => page.route === route)?.paragraphs.at(-1)?.line;

test('an old URL leads to its new page and keeps the paragraph anchor', async ({ page }) => {
  const old = redirects.find(({ from, to }) => from !== '/' && paragraphOn(to));
  if (!old) throw new Error("the fixture's redirects.yaml has no old URL of a page with paragraphs");
  const hash = `#l${paragraphOn(old.to)}`;
  await page.goto(sitePath(`${old.from}${hash}`));
  await expect(page).toHaveURL(new URL(sitePath(`${old.to}${hash}`), page.url()).href);
  await expect(page.locator(hash)).toBeInViewport();
});

test('an old link to a paragraph of the home page (/#l<n>) reaches the first call’s overview', async ({ page }) => {
  const home = redirects.find(({ from }) => from === '/');
  const line = home && paragraphOn(home.to);
  if (!home || !line) throw new Error("the fixture's redirects.yaml does not send / to a page with paragraphs");
  await page.goto(sitePath(`/#l${line}`));
  await expect(page).toHaveURL(new RegExp(`${sitePath(home.to)}#l${line}$`));
  await expect(page.locator(`#l${line}`)).toBeInViewport();
});

test('search offers the call filter (公司与季度), one box per call; results of another call are filtered out', async ({ page }) => {
  await page.goto(sitePath('/'));
  await page.getByRole('button', { name: '搜索' }).click();
  const dialog = page.getByRole('dialog');
  // Trainium: both fixture calls mention it.
  await dialog.getByRole('textbox', { name: '搜索' }).fill('Trainium');
  const resultPaths = () =>
    dialog.locator('.pagefind-ui__result-link').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  const fromEvery = async () => {
    const paths = await resultPaths();
    return calls.every((call) => paths.some((path) => path.startsWith(sitePath(`/${call.id}/`))));
  };
  await expect.poll(fromEvery).toBe(true);
  await dialog.locator('.pagefind-ui__filter-name', { hasText: '公司与季度' }).click();
  const box = (label: string) => dialog.getByRole('checkbox', { name: new RegExp(`^${label} \\(`) });
  for (const call of calls) await expect(box(call.label)).toBeVisible();
  const target = calls.at(-1);
  if (!target) return;
  await box(target.label).check();
  await expect.poll(async () => (await resultPaths()).every((path) => path.startsWith(sitePath(`/${target.id}/`)))).toBe(true);
  await expect(dialog.locator('.pagefind-ui__result-title').first()).toContainText(target.label);
});
