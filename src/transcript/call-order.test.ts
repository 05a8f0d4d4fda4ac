import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { CALLS_DIR, SOURCE_FILE } from '../calls/paths.ts';
import { callOrder, correctionParts } from './call-order.ts';
import { loadPages } from './load-pages.ts';
import { loadSource } from './source.ts';

const source = loadSource(join(CALLS_DIR, 'amazon-2025-q3', SOURCE_FILE));
const pages = loadPages(join(CALLS_DIR, 'amazon-2025-q3')).map((parsed) => ({ parsed }));

test('the call in order holds every source paragraph once, in source order', () => {
  const lines = callOrder(source, pages).flatMap((block) => (block.kind === 'qa' ? block.paragraphs : [block.paragraph]).map((p) => p.source.line));
  assert.deepEqual(
    lines,
    source.map((paragraph) => paragraph.line),
  );
});

test('a Q&A unit keeps its paragraphs together, with its page', () => {
  const unit = callOrder(source, pages).find((block) => block.kind === 'qa' && block.qa.line === 40);
  assert.ok(unit?.kind === 'qa');
  assert.deepEqual(
    unit.paragraphs.map((p) => p.source.line),
    [40, 41, 42, 43, 44],
  );
  assert.match(unit.page.parsed.file, /workforce\.mdx$/);
});

test('a source paragraph on no page is an error naming its line', () => {
  const withoutKuiper = pages.filter((page) => !page.parsed.file.endsWith('kuiper.mdx'));
  assert.throws(() => callOrder(source, withoutKuiper), /source line 24 is on no page/);
});

test('correctionParts cuts the text around each correction', () => {
  const fix = { from: 'QuickSleep', to: 'Quick Suite', fileLine: 1 };
  assert.deepEqual(correctionParts('推出了QuickSleep服务', [fix]), ['推出了', fix, '服务']);
  assert.deepEqual(correctionParts('QuickSleep', [fix]), [fix]);
  assert.deepEqual(correctionParts('没有更正', [fix]), ['没有更正']);
});
