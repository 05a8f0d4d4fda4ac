import assert from 'node:assert/strict';
import { test } from 'node:test';
import { englishKey, englishShard, lookUpEnglish, pinyinKey, toSimplified, type TermMap } from './dictionary.ts';

const map = { phrases: { 軟體: '软件', 網路: '网络' }, chars: { 訂: '订', 單: '单', 軟: '软', 體: '体' } };

test('traditional words are read as the site words, then characters one by one', () => {
  assert.equal(toSimplified('訂單', map), '订单');
  assert.equal(toSimplified('軟體', map), '软件');
  assert.equal(toSimplified('軟', map), '软');
  assert.equal(toSimplified('網路訂單 AWS', map), '网络订单 AWS');
});

test('text the map does not know is kept as typed, astral characters included', () => {
  assert.equal(toSimplified('芯片 😀 Kuiper', map), '芯片 😀 Kuiper');
  assert.equal(toSimplified('', map), '');
});

test('English keys fold case, plurals and word forms alike on both sides', () => {
  assert.equal(englishKey('Robots'), englishKey('robot'));
  assert.equal(englishKey('Expectations'), englishKey('expect'));
  assert.equal(englishKey('Data  Centers'), englishKey('data center'));
  assert.equal(englishKey('self-driving'), englishKey('self driving'));
});

test('pinyin keys ignore spaces, case and tone-less punctuation', () => {
  assert.equal(pinyinKey('Ya Ma Xun'), 'yamaxun');
  assert.equal(pinyinKey("ke'yi'bo"), 'keyibo');
});

test('an English key lives in the file of its first character', () => {
  assert.equal(englishShard('revenu'), 'english-r.json');
  assert.equal(englishShard('3d'), 'english-3.json');
  assert.equal(englishShard(''), 'english-_.json');
});

test('an English query is read as written first, then by its stem, then by a shorter known stem', () => {
  const english = {
    severance: [['遣散费', 0.4]],
    sever: [['几个', 1]],
    deliv: [['交付', 1]],
    robot: [['机器人', 1]],
  } satisfies TermMap;
  assert.deepEqual(lookUpEnglish(english, 'Severance'), [['遣散费', 0.4]], 'as written, not folded to "sever"');
  assert.deepEqual(lookUpEnglish(english, 'several'), [['几个', 1]], 'by its stem');
  assert.deepEqual(lookUpEnglish(english, 'robots'), [['机器人', 1]]);
  assert.deepEqual(lookUpEnglish(english, 'delivery'), [['交付', 1]], '"deliveri" falls back to "deliv"');
  assert.deepEqual(lookUpEnglish(english, 'deliverymen'), [], 'too much longer than a known stem');
  assert.deepEqual(lookUpEnglish(english, 'constructor'), [], 'not a key of the map, though every object has it');
  assert.deepEqual(lookUpEnglish(english, 'qwzxv'), []);
});
