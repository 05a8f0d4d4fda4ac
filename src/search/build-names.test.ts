import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nameMap } from './build-names.ts';
import { nameKey } from './normalise.ts';

const jassy = { zh: '安迪·贾西', en: 'Andy Jassy', aliases: ['贾西', 'Jassy'], kind: 'person' as const };
const pages = ['贾西:在产能方面'.toLowerCase(), '首席执行官安迪·贾西'.toLowerCase()];

test('every name of an entry leads to its names that stand in the pages', () => {
  const map = nameMap([jassy], pages);
  assert.deepEqual(map[nameKey('Jassy')], ['安迪·贾西', '贾西']);
  assert.deepEqual(map[nameKey('andy jassy')], ['安迪·贾西', '贾西']);
  assert.deepEqual(map[nameKey('安迪贾西')], ['安迪·贾西', '贾西']);
});

test('an entry named nowhere in the pages, and a topic word, lead nowhere', () => {
  const map = nameMap(
    [
      { zh: '布莱恩·奥尔萨夫斯基', en: 'Brian Olsavsky', aliases: ['Olsavsky'], kind: 'person' },
      { zh: '员工与组织', en: 'Workforce', aliases: ['裁员', '贾西'], kind: 'topic' },
    ],
    pages,
  );
  assert.deepEqual(map, {});
});
