import { collectPageProblems } from './support/page-problems.ts';
import { expectSearchFinds } from './support/search.ts';
import { pages, sitePath } from './support/site.ts';
import { expect, test } from './support/test.ts';

test('every page carries a strict Content-Security-Policy', async ({ page }) => {
  for (const route of [...pages.map((p) => p.route), '/offline/', '/no-such-page/']) {
    await page.goto(sitePath(route));
    const policy = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
    expect(policy, route).toContain("default-src 'self'");
    // Scripts only from the site itself or hashed; WebAssembly for Pagefind; nothing else.
    const scriptSources = (policy.match(/script-src ([^;]*)/)?.[1] ?? '').trim().split(/\s+/);
    expect(scriptSources, route).toContain("'wasm-unsafe-eval'");
    expect(
      scriptSources.filter((source) => !/^'(self|wasm-unsafe-eval|sha256-[A-Za-z0-9+/=]+)'$/.test(source)),
      route,
    ).toEqual([]);
  }
});

test('no CSP violation or console error on any page or during search', async ({ page }) => {
  const problems = await collectPageProblems(page);
  for (const route of [...pages.map((p) => p.route), '/offline/', '/no-such-page/']) {
    await page.goto(sitePath(route));
    await page.waitForLoadState('load');
  }
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
