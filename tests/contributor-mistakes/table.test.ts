import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { CONTRIBUTING, readablePattern, withCurrentTable } from './table.ts';

test("CONTRIBUTING.md's mistake table is the matrix's own data (run npm run docs:mistakes after changing the matrix)", () => {
  const text = readFileSync(CONTRIBUTING, 'utf8');
  assert.equal(text, withCurrentTable(text));
});

test('patterns read as messages', () => {
  assert.equal(readablePattern(/content\/docs\/zoox\.mdx:\d+: <Para line=\{25\}>/), 'content/docs/zoox.mdx:N: <Para line={25}>');
});
