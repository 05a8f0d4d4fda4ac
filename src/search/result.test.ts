import assert from 'node:assert/strict';
import { test } from 'node:test';
import { excerptFromClause, shapeResult } from './result.ts';

const ZWS = '\u200B';
/** Page text as Pagefind keeps it: a word break between Han characters. */
const raw = (text: string) => text.replace(/(?<=\p{Script=Han})(?=\S)|(?<=\S)(?=\p{Script=Han})/gu, ZWS);

test('an excerpt that starts its paragraph (no ellipsis from Pagefind) is kept', () => {
  assert.equal(excerptFromClause('问:我想请问<mark>芯片</mark>的情况', raw('问:我想请问芯片的情况')), '问:我想请问<mark>芯片</mark>的情况');
});

test('an excerpt that starts mid-clause reaches back to the start of its clause', () => {
  const text = raw('首先,他们正使用50万颗Trainium 2芯片。目前,Anthropic正在训练');
  assert.equal(excerptFromClause('…2<mark>芯片</mark>。目前', text), '…他们正使用50万颗Trainium 2<mark>芯片</mark>。目前');
});

test('without a clause start near, it starts after the first clause end before the match', () => {
  const far = raw(`${'甲'.repeat(40)}量,涵盖电力、数据中心及芯片资源。`);
  assert.equal(excerptFromClause('…量,涵盖电力、数据中心及<mark>芯片</mark>资源。', far), '…涵盖电力、数据中心及<mark>芯片</mark>资源。');
  assert.equal(excerptFromClause('…<mark>芯片</mark>资源,涵盖', far), '…<mark>芯片</mark>资源,涵盖');
});

test('text reached back for is escaped', () => {
  assert.equal(excerptFromClause('…片', raw('说,<b>芯片')), '…&lt;b&gt;芯片');
});

test('sub-results keep the paragraphs that show the query, with their own anchors; aliases are not shown', () => {
  const data = {
    url: '/chips/',
    meta: { title: '芯片', aliases: 'chips' },
    raw_content: raw('芯片 第一段芯片。 第二段只有芯。'),
    sub_results: [
      { url: '/chips/#l19', title: '产能与电力', locations: [3], excerpt: '第一段<mark>芯片</mark>。' },
      { url: '/chips/#l20', title: '芯片供应', locations: [9], excerpt: '第二段只有<mark>芯</mark>。' },
    ],
  };
  const shaped = shapeResult(data, '芯片', ['芯片']);
  assert.deepEqual(
    shaped.sub_results?.map((sub) => sub.url),
    ['/chips/?pagefind-highlight=%E8%8A%AF%E7%89%87#l19'],
  );
  assert.deepEqual(shaped.meta, { title: '芯片' });
  const analyst = shapeResult(data, '芯片', ['芯'], (sub) => sub.title === '芯片供应');
  assert.deepEqual(
    analyst.sub_results?.map((sub) => sub.title),
    ['芯片供应'],
  );
});

test('a sub-result whose excerpt only repeats its title is left out, unless it is the only one', () => {
  const sub = (title: string, excerpt: string) => ({ url: '/aws/#capacity', title, excerpt });
  const data = { url: '/aws/', meta: { title: 'AWS' } };
  const shaped = shapeResult(
    { ...data, sub_results: [sub('产能与电力', '产能与<mark>电力</mark>'), sub('产能与电力', '新增超3.8吉瓦<mark>电力</mark>容量')] },
    '电力',
    ['电力'],
  );
  assert.deepEqual(
    shaped.sub_results?.map((result) => result.excerpt),
    ['新增超3.8吉瓦<mark>电力</mark>容量'],
  );
  const only = shapeResult({ ...data, sub_results: [sub('产能与电力', '产能与<mark>电力</mark>')] }, '电力', ['电力']);
  assert.equal(only.sub_results?.length, 1);
});
