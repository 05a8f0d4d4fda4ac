import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { FIXTURE_CONTENT } from '../../tests/support/fixture-site.ts';
import { loadSite, siteModel } from './site.ts';

test('the model holds every call, newest first, with its pages by id, its figures and the shared data', () => {
  const site = loadSite(FIXTURE_CONTENT);
  assert.deepEqual(
    site.calls.map((call) => call.id),
    ['amazon-2025-q4', 'amazon-2025-q3'],
  );
  const q3 = site.calls[1];
  assert.ok(q3);
  assert.ok(q3.pages.some((page) => page.id === 'amazon-2025-q3/aws' && page.loaded.page.frontmatter['topic'] === 'aws'));
  assert.ok(q3.pages.some((page) => page.id === 'amazon-2025-q3'));
  assert.equal(q3.content.source.paragraphs[0]?.line, 1);
  assert.ok(q3.content.figures.entries.length > 0);
  assert.deepEqual(
    site.sharedPages.map((page) => page.id),
    ['glossary'],
  );
  assert.ok(site.glossary.entries.some(({ entry }) => entry.id === 'aws'));
  assert.ok(site.redirects.some(({ from, to }) => from === '/aws/' && to === '/amazon-2025-q3/aws/'));
  assert.deepEqual(site.problems, []);
});

test('a redirect to no page, or one that hides a page, is a problem at its line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'site-model-'));
  cpSync(FIXTURE_CONTENT, dir, { recursive: true });
  writeFileSync(join(dir, 'redirects.yaml'), '- { from: /old/, to: /nowhere/ }\n- { from: /glossary/, to: /amazon-2025-q3/ }\n');
  const { redirects, problems } = loadSite(dir);
  assert.deepEqual(redirects, []);
  assert.deepEqual(
    problems.map(({ line, rule, message }) => `${line} ${rule} ${message.split(':')[0]}`),
    ['1 redirects "/old/" leads to /nowhere/, which is no page of the site', '2 redirects "/glossary/" is a page of the site'],
  );
});

test('the model of a process is read once, and again on reload', () => {
  const model = siteModel(FIXTURE_CONTENT);
  assert.equal(model.site, model.site);
  const first = model.site;
  assert.notEqual(model.reload(), first);
});
