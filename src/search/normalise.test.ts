import assert from 'node:assert/strict';
import { test } from 'node:test';
import { breakForIndex, isCode, nameKey, queryForms, WORD_BREAK } from './normalise.ts';

const shown = (text: string) => text.replaceAll(WORD_BREAK, '|');

test('the index splits letters from digits, and changes nothing else', () => {
  assert.equal(shown(breakForIndex('超1Gbps传输速率')), '超1|Gbps传输速率');
  assert.equal(shown(breakForIndex('相较x86方案')), '相较x|86方案');
  assert.equal(shown(breakForIndex('高出30%-40%，')), '高出30%-40%，');
  assert.equal(shown(breakForIndex('Trainium 2')), 'Trainium 2');
  assert.equal(breakForIndex('1.95美元').replaceAll(WORD_BREAK, ''), '1.95美元');
});

test('the index leaves character references whole', () => {
  assert.equal(breakForIndex('&#x3C;b&#62;'), '&#x3C;b&#62;');
});

test('breaking twice changes nothing', () => {
  const once = breakForIndex('Trainium2 30%-40% 1Gbps');
  assert.equal(breakForIndex(once), once);
});

test('a query is read as the index is: letters apart from digits, percent signs with their number', () => {
  assert.deepEqual(queryForms('Trainium2'), ['Trainium 2']);
  assert.deepEqual(queryForms('1 Gbps'), ['1 Gbps']);
  assert.deepEqual(queryForms('1Gbps'), ['1 Gbps']);
  assert.deepEqual(queryForms('20.2 %'), ['20.2%']);
});

test('full-width characters, dollar amounts and a name ending in a plus sign', () => {
  assert.deepEqual(queryForms('ＡＷＳ'), ['AWS']);
  assert.deepEqual(queryForms('２０．２％'), ['20.2%']);
  assert.deepEqual(queryForms('$1.95'), ['1.95美元']);
  assert.deepEqual(queryForms('Alexa+'), ['Alexa Plus']);
  assert.deepEqual(queryForms('C++'), ['C++']);
});

test('a range takes each way the text may join its ends, the unit on both', () => {
  assert.deepEqual(queryForms('30-40%'), ['30% 40%', '30%至40%', '30%到40%']);
  assert.deepEqual(queryForms('30%～40%'), ['30% 40%', '30%至40%', '30%到40%']);
  assert.deepEqual(queryForms('30% - 40%'), ['30% 40%', '30%至40%', '30%到40%']);
  assert.deepEqual(queryForms('2060-2130亿美元'), ['2060亿 2130亿美元', '2060亿至2130亿美元', '2060亿到2130亿美元']);
  assert.deepEqual(queryForms('2060亿至2130亿美元')[1], '2060亿至2130亿美元');
});

test('a name is one key however it is spaced, cased or joined', () => {
  assert.equal(nameKey('Andy Jassy'), nameKey('andyjassy'));
  assert.equal(nameKey('安迪·贾西'), nameKey('安迪贾西'));
  assert.equal(nameKey('Alexa+'), 'alexa');
  assert.equal(nameKey('  '), '');
});

test('a URL or markup is told apart from words, names and numbers', () => {
  for (const query of ['data:text/html;base64,PGI+', 'https://example.com/AWS', 'www.example.com/a', '<b>AWS+</b>', '{{7*7}}', 'javascript:alert(1)'])
    assert.ok(isCode(query), query);
  for (const query of ['Alexa+', '30%-40%', 'AWS 营收', 'Q&A', 'Q3: 营收', '$1.95', '安迪·贾西', 'Trainium2']) assert.ok(!isCode(query), query);
});
