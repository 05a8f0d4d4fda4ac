import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { phrases } from './phrases.ts';

describe('phrases', () => {
  it('keeps words whole and the text unchanged', () => {
    for (const [title, expected] of [
      ['亚马逊 2025 年第三季度财报电话会精华', ['电话会', '财报']],
      ['分析师问答', ['分析师', '问答']],
      ['柯伊伯计划', ['柯伊伯', '计划']],
    ] as const) {
      const parts = phrases(title);
      assert.equal(parts.join(''), title);
      for (const word of expected) assert.ok(parts.includes(word), `${title}: ${JSON.stringify(parts)} keeps ${word}`);
    }
  });

  it('keeps an ordinal with the word it counts', () => {
    assert.ok(phrases('亚马逊 2025 年第三季度财报电话会精华').includes('2025 年第三季度'));
    assert.deepEqual(phrases('第四季度营收指引'), ['第四季度', '营收', '指引']);
  });

  it('leaves spaces as their own parts and punctuation with the word before it', () => {
    assert.deepEqual(phrases('问答：AWS 产能'), ['问答：', 'AWS', ' ', '产能']);
  });
});
