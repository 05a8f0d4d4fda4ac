import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { FixtureSite } from '../contributor-mistakes/fixture-site.ts';

/**
 * `npm run new:call` as a contributor runs it, on a copy of the fixture site (two calls,
 * amazon-2025-q3 and amazon-2025-q4); the content checks run in-process on the copy.
 */
const site = new FixtureSite('new-call');
after(() => site.remove());

const Q3 = 'content/calls/amazon-2025-q3';
const Q4 = 'content/calls/amazon-2025-q4';
const SOURCE = `${Q4}/source.txt`;

test('new:call creates a call folder whose checks name exactly the fields only a person can fill; once filled, it passes', async () => {
  const created = await site.run('new:call', ['amazon-2030-q1', SOURCE]);
  assert.equal(created.code, 0, created.output);
  assert.match(created.output, /created content\/calls\/amazon-2030-q1\/ \(7 paragraphs quoted on index\.mdx, route \/amazon-2030-q1\/\)/);
  assert.equal(site.read('content/calls/amazon-2030-q1/source.txt'), site.read(SOURCE), 'the source is copied byte for byte');
  assert.match(site.read('content/calls/amazon-2030-q1/call.yaml'), /^fiscalYear: 2030\nquarter: 1\n/m);
  const placeholders = await site.checkContent();
  assert.equal(placeholders.code, 1, placeholders.output);
  const problems = placeholders.output.split('\n').filter((line) => /\[\w+\]$/.test(line));
  assert.deepEqual(
    problems.map((line) => line.replace(/ still says 待填.*$/, '')),
    [
      'content/calls/amazon-2030-q1/call.yaml:9: date',
      'content/calls/amazon-2030-q1/call.yaml:14: credit',
      'content/calls/amazon-2030-q1/call.yaml:15: publisher',
      'content/calls/amazon-2030-q1/call.yaml:19: summary',
      'content/calls/amazon-2030-q1/index.mdx:3: description',
    ],
  );
  site.edit('content/calls/amazon-2030-q1/call.yaml', (text) =>
    text
      .replace(/ # 待填.*/, '')
      .replace(/credit: 待填.*/, 'credit: 测试编译')
      .replace(/publisher: 待填.*/, 'publisher: 测试发布方')
      .replace(/summary: 待填.*/, 'summary: 营收增长。'),
  );
  site.edit('content/calls/amazon-2030-q1/index.mdx', (text) => text.replace(/（待填.*?）/, ''));
  const checked = await site.checkContent();
  assert.equal(checked.code, 0, checked.output);
  assert.match(checked.output, /amazon-2030-q1: 8 sentences of 7 source paragraphs on 2 pages, 0 figures/);
  site.reset();
  rmSync(join(site.dir, 'content/calls/amazon-2030-q1'), { recursive: true });
});

test('new:call refuses a call id it cannot read, an unknown company and an existing call', async () => {
  const [badId, unknown, existing] = await Promise.all([
    site.run('new:call', ['amazon-q1-2030', SOURCE]),
    site.run('new:call', ['acme-2030-q1', SOURCE]),
    site.run('new:call', ['amazon-2025-q3', SOURCE]),
  ]);
  assert.notEqual(badId.code, 0);
  assert.match(badId.output, /"amazon-q1-2030" is not a call id like amazon-2025-q4/);
  assert.notEqual(unknown.code, 0);
  assert.match(unknown.output, /company "acme" is not in content\/companies\.yaml/);
  assert.notEqual(existing.code, 0);
  assert.match(existing.output, /content\/calls\/amazon-2025-q3 exists already/);
});

test('an edited source fails the check, naming the call file where its SHA-256 is recorded', async () => {
  site.edit(`${Q3}/source.txt`, (text) => text.replace('亚马逊', '亚马讯'));
  try {
    const result = await site.checkContent(['--only', 'transcript']);
    assert.notEqual(result.code, 0);
    assert.match(
      result.output,
      /content\/calls\/amazon-2025-q3\/source\.txt:1: the source was changed \(SHA-256 [0-9a-f]{12}…, pinned 376b41e52dcb… in content\/calls\/amazon-2025-q3\/call\.yaml\)/,
    );
  } finally {
    site.reset();
  }
});

test('two calls are checked together, each on its own source: a mistake names the call’s own files', async () => {
  const clean = await site.checkContent(['--only', 'transcript']);
  assert.equal(clean.code, 0, clean.output);
  assert.match(
    clean.output,
    /amazon-2025-q4: 8 sentences of 7 source paragraphs on 5 pages, 3 figures; amazon-2025-q3: 18 sentences of 14 source paragraphs on 7 pages/,
  );
  // Line 3 of amazon-2025-q4 quoted with amazon-2025-q3's figure for line 3: it fails against q4's own source only.
  site.edit(`${Q4}/aws.mdx`, (text) => text.replace('本季度AWS营收为356亿美元', '本季度AWS营收为330亿美元'));
  try {
    const result = await site.checkContent(['--only', 'transcript']);
    assert.notEqual(result.code, 0);
    assert.match(
      result.output,
      /content\/calls\/amazon-2025-q4\/aws\.mdx:12: sentence differs from source line 3 at character \d+: the source has "356", the page has "330"/,
    );
    assert.doesNotMatch(result.output, /amazon-2025-q3\/\S+: /);
  } finally {
    site.reset();
  }
});
