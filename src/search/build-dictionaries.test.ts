import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildSearchDictionaries } from './build-dictionaries.ts';
import { englishKey, englishSurfaceKey } from './dictionary.ts';

const texts = [
  '亚马逊第三季度营收增长，芯片供不应求。',
  '柯伊伯计划已部署卫星，软件与网络订单。',
  '安迪·贾西谈到机器人。',
  '超大规模计算集群支持生成式AI应用。',
];
const glossary = [
  { zh: '柯伊伯计划', en: 'Project Kuiper', aliases: ['Kuiper', '卫星互联网'] },
  { zh: '安迪·贾西', en: 'Andy Jassy', aliases: ['Jassy'] },
];
// The related words have their own tests (./build-related-words.test.ts): an empty sense index here.
const { english, traditional, pinyin } = await buildSearchDictionaries(texts, glossary, { sharers: {}, words: {}, singles: {}, parts: {} });
const words = (key: string) => (english[englishKey(key)] ?? []).map(([word]) => word);

test('English words reach the Chinese words of the text through CC-CEDICT', () => {
  assert.ok(words('revenue').includes('营收'));
  assert.ok(words('chip').includes('芯片'));
  assert.ok(words('satellite').includes('卫星'));
  assert.ok(words('robot').includes('机器人'));
});

test('the glossary adds its English names and aliases, at full weight', () => {
  assert.deepEqual(english[englishKey('Kuiper')]?.[0], ['柯伊伯计划', 1]);
  assert.deepEqual(english[englishKey('Andy Jassy')]?.[0], ['安迪·贾西', 1]);
});

test('only words of the text are in the dictionary', () => {
  assert.equal(words('television').length, 0);
  for (const terms of Object.values(english))
    for (const [word] of terms) assert.ok(texts.some((text) => text.includes(word)) || glossary.some((entry) => entry.zh === word), word);
});

test('traditional characters and Taiwan wording map to the text, only for its characters', () => {
  assert.equal(traditional.chars['訂'], '订');
  assert.equal(traditional.chars['單'], '单');
  assert.equal(traditional.phrases['軟體'], '软件');
  assert.equal(traditional.phrases['網路'], '网络');
  assert.equal(traditional.chars['電'], undefined, '电 is not in the text');
});

test('pinyin of names and glossary terms: full spelling, and initials from three characters', () => {
  assert.deepEqual(pinyin['yamaxun']?.[0]?.[0], '亚马逊');
  assert.deepEqual(pinyin['keyibojihua']?.[0]?.[0], '柯伊伯计划');
  assert.deepEqual(pinyin['kybjh']?.[0]?.[0], '柯伊伯计划');
  assert.deepEqual(pinyin['andijiaxi']?.[0]?.[0], '安迪·贾西');
});

test('a word also has the senses of its Taiwan wording (集群 is 叢集, glossed "to cluster")', () => {
  assert.ok(words('cluster').includes('集群'));
});

test("the text's own Latin words mean themselves, and keys are kept as written and stemmed", () => {
  assert.deepEqual(english[englishKey('ai')]?.[0], ['AI', 1]);
  assert.ok(english[englishSurfaceKey('Kuiper')], 'as written');
  assert.ok(english[englishKey('robots')], 'stemmed');
});
