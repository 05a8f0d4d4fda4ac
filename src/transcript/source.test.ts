import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatLineRanges, parseLineRanges } from './line-ranges.ts';
import { splitSentences } from './sentences.ts';
import { fixture } from '../checks/fixtures/fixture.ts';
import { parseSource } from './source.ts';

test('the fixture source parses into 7 paragraphs; line 2 is empty and line 8 continues line 7', () => {
  const source = fixture().source.paragraphs;
  assert.deepEqual(
    source.map((p) => p.line),
    [1, 3, 4, 5, 6, 7, 9],
  );
  const joined = source.find((p) => p.line === 7);
  assert.equal(joined?.endLine, 8);
  assert.match(joined?.text ?? '', /电力供应,未来可能/);
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
