import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pageKeys } from './page-keys.ts';

test('a page is looked up as asked, then with its trailing slash', () => {
  assert.deepEqual(pageKeys('https://x.org/sub/aws'), ['https://x.org/sub/aws', 'https://x.org/sub/aws/']);
  assert.deepEqual(pageKeys('https://x.org/sub/aws/'), ['https://x.org/sub/aws/']);
});

test('index.html is the directory page', () => {
  assert.deepEqual(pageKeys('https://x.org/sub/aws/index.html'), ['https://x.org/sub/aws/index.html', 'https://x.org/sub/aws/']);
  assert.deepEqual(pageKeys('https://x.org/index.html'), ['https://x.org/index.html', 'https://x.org/']);
});

test('query and hash are ignored; a file name gets no slash', () => {
  assert.deepEqual(pageKeys('https://x.org/aws?pagefind-highlight=AWS#l9'), ['https://x.org/aws', 'https://x.org/aws/']);
  assert.deepEqual(pageKeys('https://x.org/404.html'), ['https://x.org/404.html']);
});
