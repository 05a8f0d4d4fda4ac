import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'yaml';
import { LOCAL_SITE_URL, siteUrl } from './site-url.ts';

test('without SITE_URL a build uses localhost and says so in one line', () => {
  const { url, notice } = siteUrl({});
  assert.equal(url, LOCAL_SITE_URL);
  assert.match(notice ?? '', /^SITE_URL is not set: canonical links, Open Graph URLs and the sitemap use http:\/\/localhost:4321\./);
  assert.ok(!notice?.includes('\n'));
});

test('a given SITE_URL is used, without notice', () => {
  assert.deepEqual(siteUrl({ SITE_URL: 'https://example.github.io' }), { url: 'https://example.github.io' });
});

test('where a URL is required (the deploy workflow), a missing one is an error', () => {
  assert.throws(() => siteUrl({ SITE_URL_REQUIRED: 'true' }), /^Error: SITE_URL is not set: a deploy needs/);
  assert.throws(() => siteUrl({ SITE_URL: '  ', SITE_URL_REQUIRED: 'true' }), /SITE_URL is not set/);
});

test('what is not an http(s) URL is refused', () => {
  assert.throws(() => siteUrl({ SITE_URL: 'example.github.io' }), /is not a URL/);
  assert.throws(() => siteUrl({ SITE_URL: 'ftp://example.org' }), /is not an http\(s\) address/);
});

test('the deploy workflow builds with SITE_URL required', () => {
  const workflow = parse(readFileSync(new URL('../../.github/workflows/deploy.yml', import.meta.url), 'utf8'));
  const build = workflow.jobs.build.steps.find((step: { run?: string }) => step.run === 'npm run build');
  assert.equal(build?.env?.SITE_URL_REQUIRED, true);
  assert.match(build?.env?.SITE_URL ?? '', /steps\.pages\.outputs\.origin/);
});
