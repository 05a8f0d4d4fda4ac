import { loadCalls } from '../src/model/calls.ts';
import { CALL, pages, sitePath, sourceText } from './support/site.ts';
import { expect, sharedPage, test } from './support/test.ts';

test('the sidebar links every topic page of the call in the order of its call.yaml', async ({ page }) => {
  await page.goto(sitePath('/'));
  const links = page.locator('nav[aria-label="主要"] a, #starlight__sidebar a');
  // The topic links, not the call switch above them.
  const hrefs = await links.evaluateAll((anchors) =>
    anchors.filter((a) => !a.closest('.call-switch')).map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
  const topics = loadCalls().calls.find((call) => call.id === CALL)?.data.topics ?? [];
  const expected = topics.flatMap((topic) =>
    pages.filter((p) => p.frontmatter['topic'] === topic.id && p.route.startsWith(`/${CALL}/`)).map((p) => sitePath(p.route)),
  );
  expect(expected.length).toBe(topics.length);
  expect(hrefs.filter((href) => expected.includes(href))).toEqual(expected);
});

// One test per page (a busy machine must not add up every page's load time against one
// timeout), all on one browser page: a fresh context per page cost more than the checks.
test.describe('each page', () => {
  test.describe.configure({ mode: 'serial' });
  const shared = sharedPage();

  for (const { route, title } of pages) {
    test(`${route} returns 200 in zh-CN with its title`, async () => {
      const page = shared();
      const response = await page.goto(sitePath(route));
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      await expect(page).toHaveTitle(new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      await expect(page.locator('h1').first()).toHaveText(title);
    });
  }

  for (const { route, paragraphs } of pages) {
    test(`${route}: every quoted paragraph renders exactly as the source, under its anchor`, async () => {
      const page = shared();
      await page.goto(sitePath(route));
      const rendered = await page.locator('.tx-para').evaluateAll((nodes) =>
        nodes.map((node) => {
          const copy = node.cloneNode(true) as HTMLElement;
          copy.querySelectorAll('[data-editorial]').forEach((editorial) => editorial.remove());
          return { id: node.id, text: (copy.textContent ?? '').trim() };
        }),
      );
      expect(rendered).toEqual(paragraphs.map((p) => ({ id: `l${p.line}`, text: sourceText(p.line) })));
    });
  }
});

test('a paragraph has one control, which copies the link to its own anchor', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(sitePath('/amazon-2025-q3/chips/'));
  const controls = page.locator('#l20 > :is(a, button)');
  await expect(controls).toHaveCount(1);
  await page.locator('#l20').hover();
  await controls.click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${sitePath('/amazon-2025-q3/chips/')}#l20`);
  await page.goto(`${sitePath('/amazon-2025-q3/chips/')}#l20`);
  await expect(page.locator('#l20')).toBeInViewport();
});

test('speakers are labelled in Q&A units', async ({ page }) => {
  await page.goto(sitePath('/amazon-2025-q3/workforce/'));
  const unit = page.locator('section#q40');
  await expect(unit.locator('figure[data-speaker="analyst"] figcaption')).toHaveText('分析师');
  await expect(unit.locator('figure[data-speaker="jassy"] figcaption')).toHaveText('安迪·贾西 · 亚马逊首席执行官');
  await expect(unit.locator('figure[data-speaker="jassy"] #l41')).toContainText('需要澄清的是');
});

test('a deep link to an anchor scrolls to the paragraph', async ({ page }) => {
  await page.goto(sitePath('/amazon-2025-q3/aws/#l59'));
  const target = page.locator('#l59');
  await expect(target).toBeInViewport();
  await expect(target).toContainText('Strands开源工具');
});

test('the correction keeps the original wording visible', async ({ page }) => {
  await page.goto(sitePath('/amazon-2025-q3/aws/'));
  const fix = page.locator('#l17 .tx-fix');
  await expect(fix.locator('del')).toHaveText('QuickSleep');
  await expect(fix.locator('ins')).toHaveText('Quick Suite');
  await expect(fix.locator('del')).toBeVisible();
});

test('the source credit is shown', async ({ page }) => {
  await page.goto(sitePath('/amazon-2025-q3/aws/'));
  await expect(page.locator('#l60 .tx-credit')).toHaveText('(文/腾讯科技特约编译金鹿,编辑/苏扬)');
  await page.goto(sitePath('/amazon-2025-q3/'));
  await expect(page.getByRole('heading', { name: '来源' })).toBeVisible();
  await expect(page.locator('main')).toContainText('腾讯科技');
});

test('the Q&A index lists every question in call order and links to its answer', async ({ page }) => {
  const units = pages.flatMap(({ route, qas }) => qas.map((qa) => ({ route, qa }))).sort((a, b) => a.qa.line - b.qa.line);
  await page.goto(sitePath('/amazon-2025-q3/qa/'));
  const items = page.locator('.qa-index__item');
  await expect(items).toHaveCount(units.length);
  for (const [index, { route, qa }] of units.entries()) {
    const link = items.nth(index).locator('a');
    await expect(link).toHaveText(qa.title ?? '');
    await expect(link).toHaveAttribute('href', `${sitePath(route)}#q${qa.line}`);
  }
  await items.first().locator('a').click();
  await expect(page.locator(`#q${units[0]?.qa.line}`)).toBeInViewport();
});

test('searching 芯片 lists the chips page and opens it', async ({ page }) => {
  await page.goto(sitePath('/'));
  await page.getByRole('button', { name: '搜索' }).click();
  const input = page.getByRole('dialog').getByRole('textbox', { name: '搜索' });
  await input.fill('芯片');
  const result = page.locator(
    `.pagefind-ui__result-inner > .pagefind-ui__result-title > .pagefind-ui__result-link[href^="${sitePath('/amazon-2025-q3/chips/')}?"]`,
  );
  await expect(result).toBeVisible();
  await result.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/chips\/(\?[^#]*)?$/);
  await expect(page.locator('h1')).toHaveText('芯片');
});

test('an unknown path shows the 404 page', async ({ page }) => {
  const response = await page.goto(sitePath('/no-such-page/'));
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('h1')).toHaveText('404：找不到这个页面');
  await expect(page.getByRole('link', { name: '回到概览' })).toHaveAttribute('href', sitePath('/'));
});
