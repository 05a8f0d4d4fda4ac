import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { scanPage } from './page-scan.ts';
import { openScanCache } from './scan-cache.ts';

const PAGE = (text: string) =>
  `<!doctype html><html><body><div class="sl-markdown-content"><blockquote class="tx-para" id="l1"><p>${text}</p></blockquote></div></body></html>`;

/** scanPage, counting its calls. */
function counting() {
  const scanned: string[] = [];
  return { scanned, scan: (html: string) => (scanned.push(html), scanPage(html)) };
}

test('a page with the same HTML as in the last build is not parsed again; a changed page is', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scan-cache-'));
  const first = counting();
  const cache = openScanCache(dir);
  cache.scan(PAGE('营收增长'), first.scan);
  cache.scan(PAGE('AWS'), first.scan);
  cache.save();
  assert.equal(first.scanned.length, 2);

  const second = counting();
  const next = openScanCache(dir);
  assert.equal(next.scan(PAGE('营收增长'), second.scan).paragraphs[0]?.text, '营收增长');
  assert.equal(next.scan(PAGE('营收增长了'), second.scan).paragraphs[0]?.text, '营收增长了');
  assert.deepEqual(second.scanned, [PAGE('营收增长了')]);
  next.save();

  // The cache holds the last build's pages only: the page it no longer has is parsed again.
  const third = counting();
  openScanCache(dir).scan(PAGE('AWS'), third.scan);
  assert.deepEqual(third.scanned, [PAGE('AWS')]);
});

test('a cache file that cannot be read, or holds something else, is a cache of nothing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scan-cache-'));
  const cache = openScanCache(dir);
  cache.scan(PAGE('芯片'), scanPage);
  cache.save();
  const [file] = readdirSync(dir);
  assert.ok(file);
  const saved = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
  for (const broken of ['{"truncated', JSON.stringify(Object.fromEntries(Object.keys(saved).map((key) => [key, { paragraphs: 'not a list' }])))]) {
    writeFileSync(join(dir, file), broken);
    const counted = counting();
    assert.equal(openScanCache(dir).scan(PAGE('芯片'), counted.scan).paragraphs[0]?.text, '芯片');
    assert.equal(counted.scanned.length, 1);
  }
});
