import assert from 'node:assert/strict';
import { test } from 'node:test';
import { moveFocus } from './result-keys.ts';

test('arrows move to the next and previous item and stop at the ends', () => {
  const items = ['input', 'a', 'b'];
  assert.equal(moveFocus(items, 'input', 1), 'a');
  assert.equal(moveFocus(items, 'a', 1), 'b');
  assert.equal(moveFocus(items, 'b', 1), undefined);
  assert.equal(moveFocus(items, 'a', -1), 'input');
  assert.equal(moveFocus(items, 'input', -1), undefined);
});

test('nothing moves when focus is elsewhere', () => {
  assert.equal(moveFocus(['input', 'a'], 'filter', 1), undefined);
});
