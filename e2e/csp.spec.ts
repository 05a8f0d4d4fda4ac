import { runHighlighterWithAstro } from '@astrojs/prism/dist/highlighter';
import { collectPageProblems } from './support/page-problems.ts';
import { expectSearchFinds } from './support/search.ts';
import { pages, sitePath } from './support/site.ts';
import { expect, sharedPage, test } from './support/test.ts';

// The suite blocks service workers (playwright.config.ts); the service worker runs under the policy too.
test.use({ serviceWorkers: 'allow' });

const ROUTES = [...pages.map((p) => p.route), '/offline/', '/no-such-page/'];

// One test per page (a busy machine must not add up every page's load time against one
// timeout), all on one browser page: a fresh context per page cost more than the checks. The
// first page registers the service worker; it serves the pages after it, as for a returning reader.
test.describe('each page', () => {
  test.describe.configure({ mode: 'serial' });
  const shared = sharedPage();
  let problems: string[] = [];
  test.beforeAll(async () => {
    problems = await collectPageProblems(shared());
  });

  for (const route of ROUTES) {
    test(`${route} carries a strict policy, first in <head>, and violates it nowhere`, async () => {
      const page = shared();
      problems.splice(0);
      const response = await page.goto(sitePath(route));
      const html = (await response?.text()) ?? '';
      const head = html.slice(html.indexOf('<head'), html.indexOf('</head>'));
      const elements = [...head.matchAll(/<(meta|script|link|style|title|base)\b[^>]*>/gi)].map((match) => match[0]);
      // A meta policy governs only what follows it. <meta charset> must stay within the first
      // 1,024 bytes; the policy follows it at once, before any script or stylesheet.
      expect(elements[0]).toMatch(/^<meta charset=/i);
      expect(elements[1]).toMatch(/^<meta http-equiv="content-security-policy"/i);

      const policy = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
      expect(policy).toContain("default-src 'self'");
      // Scripts only from the site itself or hashed; WebAssembly for Pagefind; nothing else.
      const scriptSources = (policy.match(/script-src ([^;]*)/)?.[1] ?? '').trim().split(/\s+/);
      expect(scriptSources).toContain("'wasm-unsafe-eval'");
      expect(scriptSources.filter((source) => !/^'(self|wasm-unsafe-eval|sha256-[A-Za-z0-9+/=]+)'$/.test(source))).toEqual([]);

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
