import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chineseDate } from './chinese-date.ts';

test('a date as Chinese text writes it, without leading zeros', () => {
  assert.equal(chineseDate('2025-10-30'), '2025年10月30日');
  assert.equal(chineseDate('2026-02-05'), '2026年2月5日');
});
