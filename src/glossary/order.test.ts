import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { byLetter, sortKey } from './order.ts';

describe('glossary order', () => {
  it('sorts Chinese headwords by pinyin and Latin ones as written, under their initial', () => {
    const groups = byLetter(['英伟达', 'AMD', '柯伊伯计划', 'Bedrock', '安迪·贾西', '亚马逊云服务', 'Zoox'], (word) => word);
    assert.deepEqual(
      groups.map(({ letter, entries }) => [letter, entries]),
      [
        ['A', ['AMD', '安迪·贾西']],
        ['B', ['Bedrock']],
        ['K', ['柯伊伯计划']],
        ['Y', ['亚马逊云服务', '英伟达']],
        ['Z', ['Zoox']],
      ],
    );
  });

  it('reads a headword as pinyin without tones', () => {
    assert.equal(sortKey('柯伊伯计划'), 'ke yi bo ji hua');
  });
});
