import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { CALLS_DIR, SOURCE_FILE } from '../calls/paths.ts';
import { formatLineRanges, parseLineRanges } from './line-ranges.ts';
import { splitSentences } from './sentences.ts';
import { loadSource, parseSource } from './source.ts';

test('the canonical source parses into 58 paragraphs; line 2 is empty and line 14 continues line 13', () => {
  const source = loadSource(join(CALLS_DIR, 'amazon-2025-q3', SOURCE_FILE));
  assert.equal(source.length, 58);
  assert.equal(
    source.find((p) => p.line === 2),
    undefined,
  );
  const joined = source.find((p) => p.line === 13);
  assert.equal(joined?.endLine, 14);
  assert.match(joined?.text ?? '', /支持生成式AI应用,显著降低了/);
  assert.equal(
    source.find((p) => p.line === 14),
    undefined,
  );
});

test('a paragraph joins only a line that starts with a continuation mark', () => {
  assert.deepEqual(
    parseSource('甲。\n,乙。\n丙\n\n,丁').map((p) => [p.line, p.endLine, p.text]),
    [
      [1, 2, '甲。,乙。'],
      [3, 3, '丙'],
      [5, 5, ',丁'],
    ],
  );
});

test('sentences split after terminators and keep every character', () => {
  const text = '问:你们的产能是否存在瓶颈?他说“好。”然后;最后(文/某某)';
  const sentences = splitSentences(text);
  assert.deepEqual(sentences, ['问:你们的产能是否存在瓶颈?', '他说“好。”', '然后;', '最后(文/某某)']);
  assert.equal(sentences.join(''), text);
});

test('line ranges parse and format both ways, and reject nonsense', () => {
  assert.deepEqual(parseLineRanges('8-10, 27，30'), { lines: [8, 9, 10, 27, 30] });
  assert.equal(formatLineRanges([30, 8, 9, 10, 27]), '8-10, 27, 30');
  assert.ok('error' in parseLineRanges('10-8'));
  assert.ok('error' in parseLineRanges('eight'));
});
