import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contentSecurityPolicy, cspHash } from './content-security-policy.ts';

test('a hash is the CSP hash source of its exact value', () => {
  // The well-known CSP hash of the empty string.
  assert.equal(cspHash(''), 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
  assert.notEqual(cspHash('padding:0'), cspHash('padding: 0'));
});

test('the policy allows no inline script and nothing from another origin', () => {
  const { directives = [], scriptDirective = {} } = contentSecurityPolicy;
  assert.ok(directives.includes("default-src 'self'"));
  const scriptSources = (scriptDirective.resources ?? []).map((entry) => (typeof entry === 'string' ? entry : entry.resource));
  assert.deepEqual(scriptSources, ["'self'", "'wasm-unsafe-eval'"]);
  assert.ok(!JSON.stringify(contentSecurityPolicy).includes('unsafe-inline'));
});

test("the hashes of Starlight's inline scripts are in script-src", () => {
  const hashes = contentSecurityPolicy.scriptDirective?.hashes ?? [];
  assert.ok(hashes.length >= 4, `expected Starlight's inline scripts, found ${hashes.length}`);
});
