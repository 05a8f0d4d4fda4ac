import { runHighlighterWithAstro } from '@astrojs/prism/dist/highlighter';
import { collectPageProblems } from './support/page-problems.ts';
import { expectSearchFinds } from './support/search.ts';
import { LAYOUTS } from './support/layouts.ts';
import { sitePath } from './support/site.ts';
import { expect, sharedPage, test } from './support/test.ts';

// The suite blocks service workers (playwright.config.ts); the service worker runs under the policy too.
test.use({ serviceWorkers: 'allow' });

/** Each layout, and the offline page (which the service worker shows offline). */
const ROUTES = [...Object.values(LAYOUTS), '/offline/'];

// One test per page (a busy machine must not add up every page's load time against one
// timeout), all on one browser page: a fresh context per page cost more than the checks. The
// first page registers the service worker; it serves the pages after it, as for a returning reader.
// The policy itself (first in <head>, what it allows, the hashes of inline code) is read from
// every page's markup by tests/site/csp-pages.test.ts; here the browser says whether it blocked anything.
test.describe('each layout', () => {
  test.describe.configure({ mode: 'serial' });
  const shared = sharedPage();
  let problems: string[] = [];
  test.beforeAll(async () => {
    problems = await collectPageProblems(shared());
  });

  for (const route of ROUTES) {
    test(`${route} violates the policy nowhere and logs no error`, async () => {
      const page = shared();
      problems.splice(0);
      await page.goto(sitePath(route));
      await page.waitForLoadState('load');
      expect(problems).toEqual([]);
    });
  }
});

test('a code block is coloured under the CSP (Prism classes, no style attributes)', async ({ page }) => {
  const problems = await collectPageProblems(page);
  await page.goto(sitePath('/amazon-2025-q3/zoox/'));
  // Exactly the markup the build writes for a fenced ```js block (astro.config.mjs: markdown.syntaxHighlight).
  const { html } = await runHighlighterWithAstro('js', 'const answer = 42; // 注释');
  expect(html).not.toContain('style=');
  await page
    .locator('.sl-markdown-content')
    .evaluate(
      (content, code) => content.insertAdjacentHTML('beforeend', `<pre class="language-js" data-language="js"><code class="language-js">${code}</code></pre>`),
      html,
    );
  const colours = () =>
    page.locator('.sl-markdown-content pre.language-js').evaluate((pre) => {
      const colour = (selector: string) => getComputedStyle(pre.querySelector(selector) ?? pre).color;
      return { text: colour('code'), keyword: colour('.token.keyword'), number: colour('.token.number'), comment: colour('.token.comment') };
    });
  for (const theme of ['light', 'dark']) {
    await page.evaluate((value) => (document.documentElement.dataset['theme'] = value), theme);
    const { text, ...tokens } = await colours();
    // Every kind of token has its own colour, none the plain text colour.
    expect(new Set([text, ...Object.values(tokens)]).size, `${theme}: ${JSON.stringify({ text, ...tokens })}`).toBe(4);
  }
  expect(problems).toEqual([]);
});

test('no CSP violation or console error during search', async ({ page }) => {
  const problems = await collectPageProblems(page);
  await page.goto(sitePath('/'));
  await expectSearchFinds(page, '芯片', '/amazon-2025-q3/chips/');
  await expectSearchFinds(page, 'Trainium', '/amazon-2025-q3/chips/');
  expect(problems).toEqual([]);
});

test('the policy is enforced: an injected inline script is blocked and reported', async ({ page }) => {
  const problems = await collectPageProblems(page);
  await page.goto(sitePath('/'));
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.documentElement.dataset.injected = "yes"';
    document.body.append(script);
    return document.documentElement.dataset['injected'] ?? 'no';
  });
  expect(ran).toBe('no');
  await expect.poll(() => problems.some((problem) => problem.startsWith('CSP violation of script-src'))).toBe(true);
});
