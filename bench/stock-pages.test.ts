import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sidebarFromHtml, sidebarLinks, stockPageFromHtml } from './stock-pages.ts';

const page = (content: string) => `<!doctype html><html><head><meta name="description" content="一页的描述。"></head><body>
<nav><ul class="top-level"><li><details open><summary><span class="group-label">亚马逊 2025 年第三季度</span><svg></svg></summary>
<ul><li><a href="/base/amazon-2025-q3/"><span>概览</span></a></li><li><a href="/base/amazon-2025-q3/aws/" aria-current="page"><span>AWS</span></a></li></ul></details></li>
<li><a href="/base/glossary/"><span>术语表</span></a></li></ul></nav>
<main><h1 id="_top"><span class="phrase">AWS</span><span class="phrase">页</span></h1><div class="sl-markdown-content">${content}</div></main></body></html>`;

test('a built page becomes Markdown with the same text, without controls or hidden text', () => {
  const { slug, title, description, body } = stockPageFromHtml(
    page(`<p>导语 <strong>20.2%</strong> 增长。</p>
<div class="sl-heading-wrapper level-h2"><h2 id="a">增长 &amp; 订单</h2><a class="sl-anchor-link" href="#a"><span class="sr-only">链接到本节</span></a></div>
<blockquote class="tx-para" id="l9"><p>AWS季度同比增长率已达20.2%,创下*新高*。</p><button type="button">复制链接</button></blockquote>
<aside class="starlight-aside starlight-aside--note"><p class="starlight-aside__title" aria-hidden="true">编者注</p><div class="starlight-aside__content"><p>注释。</p></div></aside>
<section><ul><li><a href="#l9"><strong>20.2%</strong><span class="sr-only">（原文第 9 行）</span></a></li></ul><div hidden>隐藏</div>出处：<a href="/x/#l3">¶3</a></section>
<table><thead><tr><th>指标</th><th>数值</th></tr></thead><tbody><tr><td>增长|率</td><td>20.2%</td></tr></tbody></table>
<figure><svg><text>图</text></svg><script>alert(1)</script></figure>`),
    'amazon-2025-q3/aws',
  );
  assert.equal(slug, 'amazon-2025-q3/aws');
  assert.equal(title, 'AWS页');
  assert.equal(description, '一页的描述。');
  assert.equal(
    body,
    [
      '导语 20\\.2\\% 增长。',
      '## 增长 \\& 订单',
      '> AWS季度同比增长率已达20\\.2\\%\\,创下\\*新高\\*。',
      ':::note[编者注]\n注释。\n:::',
      '- [20\\.2\\%](#l9)',
      '出处：[¶3](/x/#l3)',
      '| 指标 | 数值 |\n| --- | --- |\n| 增长\\|率 | 20\\.2\\% |',
    ].join('\n\n'),
  );
});

test('a page without Starlight content is an error naming it', () => {
  assert.throws(() => stockPageFromHtml('<html><body><p>x</p></body></html>', 'figures'), /page figures: no Starlight title/);
});

test('the sidebar keeps its groups, labels and links, without the base path', () => {
  const sidebar = sidebarFromHtml(page(''), '/base/');
  assert.deepEqual(sidebar, [
    {
      label: '亚马逊 2025 年第三季度',
      items: [
        { label: '概览', link: '/amazon-2025-q3/' },
        { label: 'AWS', link: '/amazon-2025-q3/aws/' },
      ],
    },
    { label: '术语表', link: '/glossary/' },
  ]);
  assert.deepEqual(sidebarLinks(sidebar), ['/amazon-2025-q3/', '/amazon-2025-q3/aws/', '/glossary/']);
});
