import assert from 'node:assert/strict';
import { test } from 'node:test';
import { basePath } from './base-path.ts';

test('no base path, empty or a slash is the root', () => {
  assert.equal(basePath({}), '/');
  assert.equal(basePath({ BASE_PATH: '' }), '/');
  assert.equal(basePath({ BASE_PATH: '/' }), '/');
  assert.equal(basePath({ BASE_PATH: ' // ' }), '/');
});

test('with or without leading and trailing slashes, a path means the same', () => {
  for (const value of ['amazon-q3', '/amazon-q3', 'amazon-q3/', '/amazon-q3/', '//amazon-q3//'])
    assert.equal(basePath({ BASE_PATH: value }), '/amazon-q3/', value);
  assert.equal(basePath({ BASE_PATH: 'some/sub' }), '/some/sub/');
  assert.equal(basePath({ BASE_PATH: '/v1.2_x~y/' }), '/v1.2_x~y/');
});

test('what cannot be a path is refused in one line that names it', () => {
  for (const [value, named] of [
    ['https://example.github.io/amazon-q3/', '"https:"'],
    ['/amazon q3/', '"amazon q3"'],
    ['/a/../b/', '".."'],
    ['/a//b/', 'an empty segment'],
    ['/a?x=1', '"a?x=1"'],
    ['/a#top', '"a#top"'],
    ['C:\\site', '"C:\\\\site"'],
  ] as const) {
    assert.throws(
      () => basePath({ BASE_PATH: value }),
      (error: Error) => error.message.includes(named) && error.message.includes('BASE_PATH=/amazon-q3/') && !error.message.includes('\n'),
      value,
    );
  }
});
