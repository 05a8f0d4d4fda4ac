import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixture } from '../checks/fixtures/fixture.ts';
import { callOrder, correctionParts } from './call-order.ts';

const content = fixture();
const source = content.source.paragraphs;
const pages = content.pages.map(({ page }) => ({ parsed: page }));

test('the call in order holds every source paragraph once, in source order', () => {
  const lines = callOrder(source, pages).flatMap((block) => (block.kind === 'qa' ? block.paragraphs : [block.paragraph]).map((p) => p.source.line));
  assert.deepEqual(
    lines,
    source.map((paragraph) => paragraph.line),
  );
});

test('a Q&A unit keeps its paragraphs together, with its page', () => {
  const unit = callOrder(source, pages).find((block) => block.kind === 'qa' && block.qa.line === 6);
  assert.ok(unit?.kind === 'qa');
  assert.deepEqual(
    unit.paragraphs.map((p) => p.source.line),
    [6, 7, 9],
  );
  assert.match(unit.page.parsed.file, /aws\.mdx$/);
});

test('a source paragraph on no page is left out, not a crash (the checks report it)', () => {
  const withoutZoox = pages.filter((page) => !page.parsed.file.endsWith('zoox.mdx'));
  const lines = callOrder(source, withoutZoox).flatMap((block) => (block.kind === 'qa' ? block.paragraphs : [block.paragraph]).map((p) => p.source.line));
  assert.deepEqual(lines, [1, 3, 4, 6, 7, 9]);
});

test('correctionParts cuts the text around each correction', () => {
  const fix = { from: 'QuickSleep', to: 'Quick Suite', fileLine: 1 };
  assert.deepEqual(correctionParts('推出了QuickSleep服务', [fix]), ['推出了', fix, '服务']);
  assert.deepEqual(correctionParts('QuickSleep', [fix]), [fix]);
  assert.deepEqual(correctionParts('没有更正', [fix]), ['没有更正']);
});
