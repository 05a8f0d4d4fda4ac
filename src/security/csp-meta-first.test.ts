import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cspMetaFirst } from './csp-meta-first.ts';

const CSP = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-abc=';">`;

test('the policy moves right after <meta charset>, before the inline script and styles', () => {
  const html = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width"/><script>theme()</script><link rel="stylesheet" href="/print.css" media="print"/>${CSP}<link rel="stylesheet" href="/a.css"/></head><body>x</body></html>`;
  assert.equal(
    cspMetaFirst(html),
    `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"/>${CSP}<meta name="viewport" content="width=device-width"/><script>theme()</script><link rel="stylesheet" href="/print.css" media="print"/><link rel="stylesheet" href="/a.css"/></head><body>x</body></html>`,
  );
});

test('without <meta charset> the policy opens <head>', () => {
  assert.equal(cspMetaFirst(`<html><head data-x="1"><title>t</title>${CSP}</head></html>`), `<html><head data-x="1">${CSP}<title>t</title></head></html>`);
});

test('HTML without a policy or without a head is left as it is', () => {
  assert.equal(cspMetaFirst('<html><head><title>t</title></head></html>'), '<html><head><title>t</title></head></html>');
  assert.equal(cspMetaFirst(`<p>${CSP}</p>`), `<p>${CSP}</p>`);
});
