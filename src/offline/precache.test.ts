import assert from 'node:assert/strict';
import { test } from 'node:test';
import { precacheUrl, toPrecacheUrls } from './precache.ts';

test('pages are cached under the URL a reader navigates to', () => {
  assert.equal(precacheUrl('index.html', 'tag'), './');
  assert.equal(precacheUrl('aws/index.html', 'tag'), 'aws/');
  assert.equal(precacheUrl('offline/index.html', 'tag'), 'offline/');
  assert.equal(precacheUrl('404.html', 'tag'), '404.html');
});

test("Pagefind's entry file is cached under the URL Pagefind requests with the build's metaCacheTag", () => {
  assert.equal(precacheUrl('pagefind/pagefind-entry.json', 'm1x 2'), 'pagefind/pagefind-entry.json?ts=m1x%202');
  assert.equal(precacheUrl('pagefind/index/zh-cn_abc.pf_index', 'm1x'), 'pagefind/index/zh-cn_abc.pf_index');
});

test('other files keep their path', () => {
  assert.equal(precacheUrl('_astro/index.Bx1.css', 'tag'), '_astro/index.Bx1.css');
  assert.equal(precacheUrl('notindex.html', 'tag'), 'notindex.html');
});

test('the manifest transform rewrites every entry and keeps its revision and size', async () => {
  const transform = toPrecacheUrls('t1');
  const result = await transform([
    { url: 'chips/index.html', revision: 'r1', size: 10 },
    { url: 'pagefind/pagefind-entry.json', revision: 'r2', size: 20 },
  ]);
  assert.deepEqual(result.manifest, [
    { url: 'chips/', revision: 'r1', size: 10 },
    { url: 'pagefind/pagefind-entry.json?ts=t1', revision: 'r2', size: 20 },
  ]);
});
