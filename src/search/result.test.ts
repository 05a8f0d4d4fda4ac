import assert from 'node:assert/strict';
import { test } from 'node:test';
import { excerptFromClause } from './result.ts';

test('an excerpt that starts mid-clause starts after the first clause end before the match', () => {
  assert.equal(excerptFromClause('量,涵盖电力、数据中心及<mark>芯片</mark>资源。'), '…涵盖电力、数据中心及<mark>芯片</mark>资源。');
});

test('an excerpt whose match comes before any clause end, or without a match, is kept', () => {
  assert.equal(excerptFromClause('<mark>芯片</mark>资源,涵盖'), '<mark>芯片</mark>资源,涵盖');
  assert.equal(excerptFromClause('贾西,首先'), '贾西,首先');
});
