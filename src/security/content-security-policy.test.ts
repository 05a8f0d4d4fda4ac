import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contentSecurityPolicy, styleAttributeHash } from './content-security-policy.ts';

test('a style attribute hash is the CSP hash source of its exact value', () => {
  // The well-known CSP hash of the empty string.
  assert.equal(styleAttributeHash(''), 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
  assert.notEqual(styleAttributeHash('padding:0'), styleAttributeHash('padding: 0'));
});

test('the policy allows no inline script and nothing from another origin', () => {
  const { directives = [], scriptDirective = {} } = contentSecurityPolicy;
  assert.ok(directives.includes("default-src 'self'"));
  const scriptSources = (scriptDirective.resources ?? []).map((entry) => (typeof entry === 'string' ? entry : entry.resource));
  assert.deepEqual(scriptSources, ["'self'", "'wasm-unsafe-eval'"]);
  assert.ok(!JSON.stringify(contentSecurityPolicy).includes('unsafe-inline'));
});
