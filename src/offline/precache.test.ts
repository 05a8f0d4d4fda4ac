import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { precacheManifest, precacheUrl } from './precache.ts';

test('pages are cached under the URL a reader navigates to', () => {
  assert.equal(precacheUrl('index.html'), './');
  assert.equal(precacheUrl('aws/index.html'), 'aws/');
  assert.equal(precacheUrl('offline/index.html'), 'offline/');
  assert.equal(precacheUrl('404.html'), '404.html');
});

test('other files keep their path', () => {
  assert.equal(precacheUrl('_astro/index.Bx1.css'), '_astro/index.Bx1.css');
  assert.equal(precacheUrl('notindex.html'), 'notindex.html');
  assert.equal(precacheUrl('pagefind/pagefind-entry.json'), 'pagefind/pagefind-entry.json');
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
  const { entries, bytes } = precacheManifest(dir);
  const md5 = (text: string) => createHash('md5').update(text).digest('hex');
  assert.deepEqual(entries, [
    { url: '_astro/index.Bx1.css', revision: null },
    { url: 'aws/', revision: md5('aws') },
    { url: './', revision: md5('home') },
    { url: 'pagefind/pagefind-entry.json', revision: md5('{}') },
  ]);
  assert.equal(bytes, 'home'.length + 'aws'.length + 'css'.length + '{}'.length);
});
