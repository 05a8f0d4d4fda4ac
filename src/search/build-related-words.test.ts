import assert from 'node:assert/strict';
import { test } from 'node:test';
import { relatedWords, senseIndex } from './build-related-words.ts';

const site = new Set(['员工', '营收', '利润', '良好', '自动驾驶', '股价', '库存']);
const related = relatedWords(site, () => 0, senseIndex());
const wordsOf = (word: string) => (related[word] ?? []).map(([site]) => site);

test('a word the text does not use leads to the site words that share its sense', () => {
  assert.ok(wordsOf('雇员').includes('员工'), '雇员 (employee) → 员工');
  assert.ok(wordsOf('营业收入').includes('营收'), '营业收入 (revenue) → 营收');
  assert.ok(wordsOf('盈利').includes('利润'), '盈利 (profit) → 利润');
  assert.ok(wordsOf('裁员').includes('员工'), '裁员 (to cut staff) → 员工');
});

test('a sense narrowed to a field counts less, and a character in common more', () => {
  // 股票 is "stock (finance)"; 库存 is "stock" (inventory); 股价 is "stock price" and shares 股.
  assert.deepEqual(wordsOf('股票').slice(0, 2), ['股价', '库存']);
  const weights = Object.fromEntries(related['股票'] ?? []);
  assert.equal(weights['股价'], 1, 'the best related word weighs 1');
  assert.ok((weights['库存'] ?? 1) < 1, '库存 weighs less than 股价');
});

test('the site words themselves, and senses many words share, bridge nothing', () => {
  assert.equal(related['员工'], undefined);
  assert.ok(!wordsOf('罚款').includes('良好'), '罚款 and 良好 share only "fine"');
  assert.equal(related['熊猫'], undefined);
});
