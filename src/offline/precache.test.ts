import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { precacheManifest, precacheUrl } from './precache.ts';

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

test('the precache list: the globs without the ignored files, each under its URL, revised by content unless its name is', () => {
  const dir = mkdtempSync(join(tmpdir(), 'precache-'));
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  };
  write('index.html', 'home');
  write('aws/index.html', 'aws');
  write('_astro/index.Bx1.css', 'css');
  write('pagefind/pagefind-entry.json', '{}');
  write('pagefind/pagefind-ui.js', 'not loaded by the site');
  write('sw.js', 'the worker itself');
  write('notes.txt', 'not a kind of file the site serves');
  const { entries, bytes } = precacheManifest(dir, 't1');
  const md5 = (text: string) => createHash('md5').update(text).digest('hex');
  assert.deepEqual(entries, [
    { url: '_astro/index.Bx1.css', revision: null },
    { url: 'aws/', revision: md5('aws') },
    { url: './', revision: md5('home') },
    { url: 'pagefind/pagefind-entry.json?ts=t1', revision: md5('{}') },
  ]);
  assert.equal(bytes, 'home'.length + 'aws'.length + 'css'.length + '{}'.length);
});
