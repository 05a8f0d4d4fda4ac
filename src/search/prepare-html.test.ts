import assert from 'node:assert/strict';
import { test } from 'node:test';
import { prepareHtmlForIndex } from './prepare-html.ts';

const shown = (html: string) => html.replaceAll('\u200B', '|');

test('page text is segmented, markup and attributes are kept', () => {
  const html = prepareHtmlForIndex('<main data-pagefind-body><h1 id="_top">芯片</h1><blockquote class="tx-para" id="l20">Trainium 2芯片</blockquote></main>');
  assert.match(shown(html), /<h1 id="_top">芯\|片 <\/h1>/);
  assert.match(shown(html), /<blockquote class="tx-para" id="l20">Trainium 2\|芯\|片 <\/blockquote>/);
});

test('scripts and styles are not touched', () => {
  const html = prepareHtmlForIndex('<script>const a = "芯片";</script><style>.x::after{content:"芯片"}</style><p>芯片</p>');
  assert.match(html, /const a = "芯片";/);
  assert.match(html, /content:"芯片"/);
  assert.match(shown(html), /<p>芯\|片 <\/p>/);
});

test('search metadata is segmented like the text', () => {
  const html = prepareHtmlForIndex(
    '<head><meta data-pagefind-meta="aliases[content]" content="卫星, satellite"><meta name="description" content="卫星"></head>',
  );
  assert.match(shown(html), /content="卫\|星\|, satellite"/);
  assert.match(html, /name="description" content="卫星"/);
});

test('the text of adjacent blocks stays apart, as readers see it', () => {
  const html = prepareHtmlForIndex('<table><tr><td>20.2%</td><td>2025</td></tr></table><dl><dt>AgentCore</dt><dd>AWS</dd></dl>');
  assert.match(html, /20\.2% <\/td><td>2025 <\/td>/);
  assert.match(html, /AgentCore <\/dt><dd>AWS <\/dd>/);
});

test('text after the last tag and before the first is segmented too, entities are left alone', () => {
  assert.equal(shown(prepareHtmlForIndex('芯片<p>A &amp; 芯片</p>芯片')), '芯|片<p>A &amp; 芯|片 </p>芯|片');
});
