import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, test } from 'node:test';
import { readBuiltSite } from './built-site.ts';

const dir = mkdtempSync(join(tmpdir(), 'built-site-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const write = (file: string, text: string) => {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), text);
};
const CSP = `<meta http-equiv="content-security-policy" content="default-src 'self'">`;
write(
  'aws/index.html',
  `<html><head>${CSP}</head><body><nav><a href="/">首页</a></nav><main data-pagefind-body><div class="sl-markdown-content"><p id="l3">…</p><a href="#l3">链接</a></div></main><template id="icons"><a id="in-template" href="/x/">x</a></template></body></html>`,
);
write('404.html', '<html><body><main><a href="/">首页</a></main></body></html>');
write('_astro/site.css', '.sr-only{}');

test('each page once, with its route, policy, ids and links, and whether search indexes it', () => {
  const site = readBuiltSite(dir);
  assert.deepEqual(site.files, ['404.html', '_astro/site.css', 'aws/index.html']);
  assert.deepEqual(site.stylesheets, ['.sr-only{}']);
  const [notFound, aws] = site.pages;
  assert.deepEqual(
    site.pages.map((page) => page.route),
    ['/404.html', '/aws/'],
  );
  assert.equal(aws?.csp, "default-src 'self'");
  assert.equal(notFound?.csp, undefined);
  // What a <template> holds is no part of the page.
  assert.deepEqual([...(aws?.ids ?? [])], ['l3', 'icons']);
  // The content's links, then the layout's.
  assert.deepEqual(aws?.links, [
    { href: '#l3', inContent: true },
    { href: '/', inContent: false },
  ]);
  assert.equal(aws?.searched, true);
  assert.equal(notFound?.searched, false);
});
