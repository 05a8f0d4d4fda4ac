import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHtml } from '../built/page-scan.ts';
import { pageFilters as filtersOf } from '../built/page-filters.ts';
import { countFilters } from './filter-values.ts';

/** A page's filters, from its HTML parsed as the built-site model parses it. */
const pageFilters = (html: string) => filtersOf(parseHtml(html));

const asObject = (filters: Map<string, Set<string>>) => Object.fromEntries([...filters].map(([name, values]) => [name, [...values]]));

test('a page’s filters in Pagefind’s three forms, entities decoded, each value once', () => {
  const html = [
    '<head><meta data-pagefind-filter="公司与季度[content]" content="AT&amp;T 2025 年第三季度"></head>',
    '<main data-pagefind-body>',
    '<figure data-pagefind-filter="发言人:分析师"><p>问</p></figure>',
    '<figure data-pagefind-filter="发言人:管理层"><p>答</p></figure>',
    '<figure data-pagefind-filter="发言人:分析师"><p>再问</p></figure>',
    '<span data-pagefind-filter="作者"> 安迪·<b>贾西</b> </span>',
    '</main>',
  ].join('');
  assert.deepEqual(asObject(pageFilters(html)), {
    公司与季度: ['AT&T 2025 年第三季度'],
    发言人: ['分析师', '管理层'],
    作者: ['安迪·贾西'],
  });
});

test('an attribute form whose attribute is missing or empty gives no value', () => {
  assert.deepEqual(asObject(pageFilters('<meta data-pagefind-filter="主题[content]"><meta data-pagefind-filter="主题[data-x]" data-x="">')), {});
});

test('filters are counted per page, not per element', () => {
  const pages = [
    '<meta data-pagefind-filter="主题[content]" content="AWS"><p data-pagefind-filter="发言人:分析师"></p><p data-pagefind-filter="发言人:分析师"></p>',
    '<meta data-pagefind-filter="主题[content]" content="芯片"><p data-pagefind-filter="发言人:分析师"></p>',
  ].map(pageFilters);
  assert.deepEqual(countFilters(pages), { 主题: { AWS: 1, 芯片: 1 }, 发言人: { 分析师: 2 } });
});

test('filters and values are listed in code point order, as Pagefind lists them', () => {
  const page = pageFilters(
    '<meta data-pagefind-filter="主题[content]" content="芯片"><p data-pagefind-filter="公司与季度:亚马逊"></p><p data-pagefind-filter="主题:Zoox"></p><p data-pagefind-filter="主题:AWS"></p><p data-pagefind-filter="主题:分析师问答"></p>',
  );
  const counts = countFilters([page]);
  assert.deepEqual(Object.keys(counts), ['主题', '公司与季度']);
  assert.deepEqual(Object.keys(counts['主题'] ?? {}), ['AWS', 'Zoox', '分析师问答', '芯片']);
});
