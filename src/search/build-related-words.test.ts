import assert from 'node:assert/strict';
import { test } from 'node:test';
import { relatedWords, senseIndex } from './build-related-words.ts';

const site = new Set(['员工', '营收', '利润', '良好', '自动驾驶']);
const related = relatedWords(site, () => 0, senseIndex());
const wordsOf = (word: string) => (related[word] ?? []).map(([site]) => site);

test('a word the text does not use leads to the site words that share its sense', () => {
  assert.ok(wordsOf('雇员').includes('员工'), '雇员 (employee) → 员工');
  assert.ok(wordsOf('营业收入').includes('营收'), '营业收入 (revenue) → 营收');
  assert.ok(wordsOf('盈利').includes('利润'), '盈利 (profit) → 利润');
  assert.ok(wordsOf('裁员').includes('员工'), '裁员 (to cut staff) → 员工');
});

test('the site words themselves, and senses many words share, bridge nothing', () => {
  assert.equal(related['员工'], undefined);
  assert.ok(!wordsOf('罚款').includes('良好'), '罚款 and 良好 share only "fine"');
  assert.equal(related['熊猫'], undefined);
});
