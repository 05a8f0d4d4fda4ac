import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { readBuiltSite } from '../built/built-site.ts';
import { headersFile, pagePolicies } from './headers-file.ts';

const meta = (policy: string) => `<html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${policy}"></head></html>`;

test("each page's policy is read from its meta tag (entities decoded), under the path it is served at", () => {
  const dist = mkdtempSync(join(tmpdir(), 'headers-'));
  mkdirSync(join(dist, 'aws'));
  writeFileSync(join(dist, 'index.html'), meta('default-src &#39;self&#39;'));
  writeFileSync(join(dist, 'aws', 'index.html'), meta("default-src 'self'; script-src 'self' 'sha256-x='"));
  writeFileSync(join(dist, '404.html'), meta("default-src 'self'"));
  writeFileSync(join(dist, 'plain.html'), '<html><head></head></html>');
  assert.deepEqual(pagePolicies(readBuiltSite(dist), '/sub/'), [
    { path: '/sub/404.html', policy: "default-src 'self'" },
    { path: '/sub/aws/', policy: "default-src 'self'; script-src 'self' 'sha256-x='" },
    { path: '/sub/', policy: "default-src 'self'" },
  ]);
});

test('the file gives every path what a meta tag cannot, and every page its own policy', () => {
  const text = headersFile([{ path: '/sub/aws/', policy: "default-src 'self'" }], '/sub/');
  assert.match(
    text,
    /^\/sub\/\*\n {2}Content-Security-Policy: frame-ancestors 'none'\n {2}X-Content-Type-Options: nosniff\n {2}Referrer-Policy: strict-origin-when-cross-origin$/m,
  );
  assert.match(text, /^\/sub\/aws\/\n {2}Content-Security-Policy: default-src 'self'$/m);
});
