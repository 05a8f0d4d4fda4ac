import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_QUERY_LENGTH, queryWords, segmentForIndex, WORD_BREAK } from './segment.ts';

const shown = (text: string) => text.replaceAll(WORD_BREAK, '|');

test('the index gets a word break between Han characters and around them', () => {
  assert.equal(shown(segmentForIndex('3.8吉瓦的电力')), '3.8|吉|瓦|的|电|力');
  assert.equal(shown(segmentForIndex('Trainium 3芯片')), 'Trainium 3|芯|片');
  assert.equal(shown(segmentForIndex('AWS季度增长20.2%,创下')), 'AWS|季|度|增|长|20.2%,|创|下');
});

test('text without Han characters is left alone', () => {
  assert.equal(segmentForIndex('Alexa Plus, 2025'), 'Alexa Plus, 2025');
  assert.equal(segmentForIndex(''), '');
});

test('segmenting twice changes nothing', () => {
  const once = segmentForIndex('柯伊伯计划（Project Kuiper）');
  assert.equal(segmentForIndex(once), once);
});

test('a query is split into the same words as the index', () => {
  assert.deepEqual(queryWords('Trainium 3芯片'), ['Trainium', '3', '芯', '片']);
  assert.deepEqual(queryWords('1320亿美元'), ['1320', '亿', '美', '元']);
  assert.deepEqual(queryWords('  20.2% '), ['20.2%']);
  assert.deepEqual(queryWords('人'), ['人']);
});

test('odd queries give no words or plain words, never a throw', () => {
  assert.deepEqual(queryWords(''), []);
  assert.deepEqual(queryWords(' \t\n '), []);
  assert.deepEqual(queryWords('"电力"'), ['电', '力']);
  assert.deepEqual(queryWords('😀'), ['😀']);
  assert.deepEqual(queryWords('<img src=x onerror=alert(1)>'), ['<img', 'src=x', 'onerror=alert(1)>']);
  assert.equal(queryWords('芯'.repeat(1000)).length, MAX_QUERY_LENGTH);
});
