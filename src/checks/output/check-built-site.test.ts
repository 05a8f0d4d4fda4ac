import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fixture, type Edits } from '../fixtures/fixture.ts';
import { formatProblem } from '../../utils/problem.ts';
import { scanPage } from '../../built/page-scan.ts';
import { checkBuiltPages, checkGlossary, hiddenClasses } from './check-built-site.ts';

/**
 * The check of the built HTML on small pages shaped like the render of the fixture call
 * (src/checks/fixtures/call/): what <Para>, <Fix>, <Credit>, <QA> and <Turn> produce.
 * The build-level proof (a real build with the MDX rules switched off) is in the contributor
 * mistake matrix (tests/contributor-mistakes/).
 */
const para = (line: number, inner: string) =>
  `<blockquote class="tx-para" id="l${line}" data-line="${line}"><p>${inner}</p><a class="tx-anchor" href="#l${line}" data-editorial>¶${line}</a><button class="tx-copy" data-editorial>复制</button></blockquote>`;
const fix = (from: string) =>
  `<span class="tx-fix"><span class="sr-only" data-editorial>原文：</span><del>${from}</del><span class="sr-only" data-editorial>，编者更正为：</span><ins data-editorial>Quick Suite</ins></span>`;

const P1 = para(1, '亚马逊第三季度营收达到1801.7亿美元,同比增长13%。');
const P3 = para(3, 'AWS营收达到330亿美元,同比增长20.2%。');
const P4 = para(4, `面向企业级用户,亚马逊近期推出了${fix('QuickSleep')}服务,将消费级AI体验引入工作场景。`);
const P5 = para(5, 'Zoox自动驾驶出租车服务已向拉斯维加斯公众开放,华盛顿特区将成为第八个测试城市。');
const QA = `<section class="tx-qa" id="q6"><figure class="tx-turn"><figcaption data-editorial>分析师</figcaption>${para(6, '问:你们目前的产能是否存在瓶颈?')}</figure><figure class="tx-turn">${para(
  7,
  '<span class="tx-turn__label">贾西:</span>我们正在快速扩充产能。目前的主要瓶颈是电力供应,未来可能会转向芯片供应。',
)}${para(9, '基于当前态势,我们有信心维持增长。<span class="tx-credit"><span class="tx-credit__label" data-editorial>出版方署名</span>(文/某某编译)</span>')}</figure></section>`;
const GLOSSARY = '<div data-term="aws" id="aws">亚马逊云服务</div><div data-term="zoox" id="zoox">Zoox</div>';

const SITE: Record<string, string> = {
  '/': P1,
  '/aws/': `<h2 id="增长">增长</h2>${P3}${P4}<h2>问答</h2>${QA}`,
  '/zoox/': P5,
  '/transcript/': [P1, P3, P4, P5, QA].join(''),
  '/glossary/': GLOSSARY,
};

function check(pages: Record<string, string> = {}, edits: Edits = {}, css = ''): string[] {
  const site = { ...SITE, ...pages };
  const built = Object.entries(site).map(([route, body]) => ({
    route,
    scan: scanPage(`<!doctype html><html><body><header>站点</header><main><div class="sl-markdown-content">${body}</div></main></body></html>`),
  }));
  const content = fixture(edits);
  const glossary = built.find(({ route }) => route === '/glossary/')?.scan;
  return [
    ...checkBuiltPages({ pages: built, hiddenClasses: hiddenClasses([css]) }, content),
    ...(glossary ? checkGlossary(glossary, content.glossary) : []),
  ].map(formatProblem);
}

function assertSome(problems: string[], pattern: RegExp): void {
  assert.ok(
    problems.some((problem) => pattern.test(problem)),
    `expected a problem matching ${pattern}, got:\n${problems.join('\n')}`,
  );
}

describe('output check: what readers get', () => {
  test('passes on the faithful render', () => {
    assert.deepEqual(check(), []);
  });

  test('a correction whose struck original is not the source (the exported QuickSleep value)', () => {
    assertSome(
      check({ '/aws/': SITE['/aws/']?.replace('<del>QuickSleep</del>', '<del>亚马逊停止了</del>') ?? '' }),
      /^\/aws\/#l4: paragraph l4 differs from source line 4 at character 17: the source has "QuickSleep", the page has "亚马逊停止了"/,
    );
  });

  test('two line attributes: an anchor twice and a paragraph on no page', () => {
    const problems = check({ '/aws/': SITE['/aws/']?.replace('id="l4"', 'id="l3"') ?? '' });
    assertSome(problems, /^\/aws\/#l3: id "l3" is on the page 2 times: anchors must be unique/);
    assertSome(problems, /^\/aws\/#l3: paragraph l3 differs from source line 3/);
    assertSome(problems, /^fixture\/source\.txt#l4: source line 4 is on no published page/);
  });

  test('a link, bold or an image inside a quoted paragraph', () => {
    for (const [markup, says] of [
      ['<a href="https://evil.example/">华盛顿特区</a>', '<a href="https://evil.example/">'],
      ['<strong>华盛顿特区</strong>', '<strong>'],
      ['<img src="/x.png">华盛顿特区', '<img src="/x.png">'],
    ] as const) {
      const problems = check({ '/zoox/': P5.replace('华盛顿特区', markup) });
      assertSome(problems, new RegExp(`^/zoox/#l5: ${says.replace(/[.*+?()[\]/]/g, '\\$&')} inside paragraph l5: a quoted paragraph is plain text`));
    }
  });

  test('a paragraph hidden or demoted by what wraps it', () => {
    for (const [open, close, says] of [
      ['<div hidden>', '</div>', 'hidden from readers by <div hidden>'],
      ['<details>', '</details>', 'hidden from readers by <details>'],
      ['<details open>', '</details>', 'inside <details open>'],
      [
        '<aside class="starlight-aside starlight-aside--note"><div class="starlight-aside__content">',
        '</div></aside>',
        'inside <aside class="starlight-aside starlight-aside--note">',
      ],
      ['<div class="sr-only">', '</div>', 'hidden from readers by <div class="sr-only">'],
      ['<div aria-hidden="true">', '</div>', 'hidden from readers by <div aria-hidden="true">'],
      ['<div class="sl-hidden">', '</div>', 'hidden from readers by <div class="sl-hidden">'],
    ] as const) {
      const problems = check({ '/zoox/': `${open}${P5}${close}` }, {}, '.sl-hidden{display:none}@media print{.tx-para{display:none}}');
      assertSome(problems, new RegExp(`^/zoox/#l5: paragraph l5 (is )?${says.replace(/[.*+?()[\]/]/g, '\\$&')}`));
    }
  });

  test('print-only rules hide nothing on screen', () => {
    assert.deepEqual([...hiddenClasses(['@media print{.tx-para{display:none}.a{color:red}}.b{display:none}'])], ['b']);
  });

  test('a source edited the same way as the page', () => {
    const problems = check(
      { '/zoox/': P5.replace('拉斯维加斯', '拉斯维加期'), '/transcript/': SITE['/transcript/']?.replace('拉斯维加斯', '拉斯维加期') ?? '' },
      { source: (text) => text.replace('拉斯维加斯', '拉斯维加期') },
    );
    assertSome(
      problems,
      /^fixture\/source\.txt: the source is not the pinned one \(SHA-256 [0-9a-f]{12}…, pinned dbe720feb2b7… in fixture\/source\.txt\.sha256\)/,
    );
  });

  test('two glossary entries with one id: the lost entry', () => {
    const problems = check({}, { glossary: (text) => text.replace('id: zoox', 'id: aws') });
    assertSome(problems, /^\/glossary\/#aws: fixture\/glossary\.yaml has 2 entries "aws" \(lines 1, 7\), the page shows 1: an entry was lost/);
  });

  test('an invisible character in a paragraph is named', () => {
    assertSome(check({ '/zoox/': P5.replace('拉斯维加斯', '拉斯\u200b维加斯') }), /the page adds "⟨U\+200B ZERO WIDTH SPACE⟩"/);
  });

  test('the call-order copy must hold every paragraph once, and no paragraph twice on the topic pages', () => {
    assertSome(check({ '/transcript/': [P1, P3, P4, QA].join('') }), /^\/transcript\/#l5: paragraph l5 is on the page 0 times, not once/);
    assertSome(check({ '/': P1 + P5 }), /^\/#l5: paragraph l5 is published 2 times: on \/, \/zoox\//);
  });
});
