import assert from 'node:assert/strict';
import { test } from 'node:test';
import { median, queryFigures } from './metrics.ts';

test('recall and precision of a literal query come from the pages that contain it', () => {
  const figures = queryFigures({ q: '电力', kind: 'literal', group: '' }, ['/x/', '/aws/', '/'], ['/aws/', '/', '/rufus/']);
  assert.equal(figures.recall, 2 / 3);
  assert.equal(figures.precisionAt5, 2 / 3);
  assert.equal(figures.firstCorrectRank, 2);
});

test('an alias query is judged by the rank of the wanted page', () => {
  const figures = queryFigures({ q: 'robots', kind: 'alias', group: '', page: ['/workforce/'] }, ['/qa/', '/workforce/'], []);
  assert.equal(figures.recall, null);
  assert.equal(figures.wantedRank, 2);
  assert.equal(figures.precisionAt5, 1 / 2);
});

test('any of several wanted pages counts', () => {
  const figures = queryFigures({ q: 'Jassy', kind: 'english', group: '', page: ['/', '/qa/'] }, ['/aws/', '/qa/', '/'], ['/aws/']);
  assert.equal(figures.wantedRank, 2);
  assert.equal(figures.recall, null);
});

test('no results give no precision and no rank', () => {
  const figures = queryFigures({ q: 'x', kind: 'literal', group: '' }, [], ['/aws/']);
  assert.equal(figures.recall, 0);
  assert.equal(figures.precisionAt5, null);
  assert.equal(figures.firstCorrectRank, null);
});

test('median', () => {
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 2, 3]), 2.5);
  assert.equal(median([]), null);
});
