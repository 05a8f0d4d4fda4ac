import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { readBuiltSite } from '../../src/built/built-site.ts';
import { checkBuiltSite } from '../../src/checks/output/check-built-site.ts';
import { loadSite } from '../../src/model/site.ts';
import { builtFixtureSite, FIXTURE_CONTENT } from '../support/fixture-site.ts';

/**
 * The check of the built HTML (src/checks/output/) is the second line of defence: it must catch
 * a mistake on its own, whatever the MDX rules let through. Its unit tests cover each kind of
 * mistake on small pages (src/checks/output/check-built-site.test.ts); here it reads the real
 * render, the fixture's shared build, with the content model the build was made from.
 */
const dist = builtFixtureSite();
const copy = mkdtempSync(join(tmpdir(), 'output-check-'));
after(() => rmSync(copy, { recursive: true, force: true }));

test('the output check alone: the fixture build passes, and one changed paragraph in its HTML fails it, naming the route and the paragraph', () => {
  const contents = loadSite(FIXTURE_CONTENT).calls.map((call) => call.content);
  assert.deepEqual(checkBuiltSite(readBuiltSite(dist), contents).lines, []);

  cpSync(dist, copy, { recursive: true });
  const page = join(copy, 'amazon-2025-q3', 'zoox', 'index.html');
  const html = readFileSync(page, 'utf8');
  const tampered = html.replace('已向拉斯维加斯公众开放', '已向拉斯维加期公众开放');
  assert.notEqual(tampered, html, 'the paragraph was not found in the built page: update the test');
  writeFileSync(page, tampered);
  const { problems, lines } = checkBuiltSite(readBuiltSite(copy), contents);
  assert.equal(problems.length, 1, lines.join('\n'));
  assert.match(
    lines.join('\n'),
    /\/amazon-2025-q3\/zoox\/#l7: paragraph l7 differs from source line 7 at character \d+: the source has "斯", the page has "期"/,
  );
});
