import assert from 'node:assert/strict';
import { test } from 'node:test';
import { filtersWithChoice, titleNames, unitTitle } from './page-search-data.ts';

test('a turn paragraph title names its speaker and filter value once, then where it stands', () => {
  assert.equal(unitTitle('安迪·贾西', '管理层', '问答：产能'), '安迪·贾西 · 管理层 · 问答：产能');
  assert.equal(unitTitle('分析师', '分析师', '问答：产能'), '分析师 · 问答：产能');
});

test('a unit filter value matches a title part, not a substring of one', () => {
  assert.equal(titleNames('分析师 · 问答：产能', ['分析师']), true);
  assert.equal(titleNames('安迪·贾西 · 管理层 · 问答：产能', ['分析师']), false);
  assert.equal(titleNames('产能与电力', ['管理层']), false);
  assert.equal(titleNames('资深分析师 · 产能与电力', ['分析师']), false);
});

test('a filter with a single value is not offered: it would filter nothing', () => {
  const counts = { 公司与季度: { '亚马逊 2025 Q3': 10 }, 主题: { AWS: 1, 芯片: 1 } };
  assert.deepEqual(filtersWithChoice(counts), { 主题: { AWS: 1, 芯片: 1 } });
  assert.deepEqual(filtersWithChoice({}), {});
});
