import assert from 'node:assert/strict';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { FixtureSite } from '../contributor-mistakes/fixture-site.ts';

/**
 * `npm run new:call` as a contributor runs it, on a private copy of the project: the new call's
 * folder passes every content check as created, with the synthetic fixture's source.
 */
const site = new FixtureSite('new-call');
after(() => site.remove());

test('new:call creates a call folder whose pages pass the checks at once', async () => {
  const created = await site.run('new:call', ['amazon-2030-q1', 'tests/fixtures/calls/amazon-2025-q4/source.txt']);
  assert.equal(created.code, 0, created.output);
  assert.match(created.output, /created content\/calls\/amazon-2030-q1\/ \(7 paragraphs quoted on index\.mdx, route \/amazon-2030-q1\/\)/);
  assert.equal(
    site.read('content/calls/amazon-2030-q1/source.txt'),
    site.read('tests/fixtures/calls/amazon-2025-q4/source.txt'),
    'the source is copied byte for byte',
  );
  assert.match(site.read('content/calls/amazon-2030-q1/call.yaml'), /^fiscalYear: 2030\nquarter: 1\n/m);
  for (const script of ['check:transcript', 'check:figures', 'check:frontmatter']) {
    const result = await site.run(script);
    assert.equal(result.code, 0, `${script}:\n${result.output}`);
  }
  assert.match((await site.run('check:transcript')).output, /amazon-2030-q1: 8 sentences of 7 source paragraphs on 2 pages/);
});

test('new:call refuses a call id it cannot read, an unknown company and an existing call', async () => {
  const badId = await site.run('new:call', ['amazon-q1-2030', 'tests/fixtures/calls/amazon-2025-q4/source.txt']);
  assert.notEqual(badId.code, 0);
  assert.match(badId.output, /"amazon-q1-2030" is not a call id like amazon-2025-q4/);
  const unknown = await site.run('new:call', ['acme-2030-q1', 'tests/fixtures/calls/amazon-2025-q4/source.txt']);
  assert.notEqual(unknown.code, 0);
  assert.match(unknown.output, /company "acme" is not in content\/companies\.yaml/);
  const existing = await site.run('new:call', ['amazon-2025-q3', 'tests/fixtures/calls/amazon-2025-q4/source.txt']);
  assert.notEqual(existing.code, 0);
  assert.match(existing.output, /content\/calls\/amazon-2025-q3 exists already/);
});

test('an edited source fails the check, naming the call file where its SHA-256 is recorded', async () => {
  site.edit('content/calls/amazon-2025-q3/source.txt', (text) => text.replace('亚马逊', '亚马讯'));
  const result = await site.run('check:transcript');
  assert.notEqual(result.code, 0);
  assert.match(
    result.output,
    /content\/calls\/amazon-2025-q3\/source\.txt:1: the source was changed \(SHA-256 [0-9a-f]{12}…, pinned ce9c67c29eb7… in content\/calls\/amazon-2025-q3\/call\.yaml\)/,
  );
});

test('two calls are checked together, each on its own source: a mistake names the call’s own files', async () => {
  cpSync(join(site.dir, 'tests/fixtures/calls/amazon-2025-q4'), join(site.dir, 'content/calls/amazon-2025-q4'), { recursive: true });
  const both = await site.run('check:transcript');
  assert.equal(both.code, 1, 'the source of amazon-2025-q3 is still edited by the test before');
  site.write('content/calls/amazon-2025-q3/source.txt', site.read('content/calls/amazon-2025-q3/source.txt').replace('亚马讯', '亚马逊'));
  const clean = await site.run('check:transcript');
  assert.equal(clean.code, 0, clean.output);
  assert.match(
    clean.output,
    /amazon-2025-q4: 8 sentences of 7 source paragraphs on 5 pages, 3 figures; amazon-2025-q3: 131 sentences of 58 source paragraphs on 10 pages/,
  );
  // Line 3 of the synthetic call: quoting it on its page the way the real call words line 3 fails against its own source.
  site.edit('content/calls/amazon-2025-q4/aws.mdx', (text) => text.replace('本季度AWS营收为356亿美元', '本季度AWS营收为330亿美元'));
  const result = await site.run('check:transcript');
  assert.notEqual(result.code, 0);
  assert.match(
    result.output,
    /content\/calls\/amazon-2025-q4\/aws\.mdx:\d+: sentence differs from source line 3 at character \d+: the source has "356", the page has "330"/,
  );
  assert.doesNotMatch(result.output, /amazon-2025-q3\/\S+: /);
});
