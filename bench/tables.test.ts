import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { type LighthouseRun, markdownTable, median, medianRun, renderTable, RESULTS_DIR, TABLES, type TableName } from './tables.ts';

test('a Markdown table has a header, its separator and a line per row', () => {
  assert.equal(markdownTable(['a', 'b'], [[1, 'x']]), '| a | b |\n| --- | --- |\n| 1 | x |');
});

for (const name of Object.keys(TABLES) as TableName[]) {
  test(`bench/results/${name}.md is the table of bench/results/${name}.json`, () => {
    const results = join(RESULTS_DIR, `${name}.json`);
    assert.ok(existsSync(results), `${results} is missing: run the benchmark that writes it (bench/README.md)`);
    const table = readFileSync(join(RESULTS_DIR, `${name}.md`), 'utf8');
    assert.equal(table, renderTable(name, JSON.parse(readFileSync(results, 'utf8'))), `run npm run bench:tables to render bench/results/${name}.md again`);
  });
}

test('the build table shows the figures of its results file', () => {
  const table = renderTable('build', {
    date: '2026-01-01',
    results: [
      {
        pages: 10,
        ratio: 1.5,
        ours: { seconds: 3, peakMB: 640, distBytes: 1_240_000, pagefindBytes: 610_000 },
        stock: { seconds: 2, peakMB: 571, distBytes: 1_040_000, pagefindBytes: 620_000 },
      },
    ],
  });
  assert.match(table, /\| 10 \| 3\.0 \| 2\.0 \| 1\.50 \| 300 \| 640 \/ 571 \| 1\.24 \/ 1\.04 \| 0\.61 \/ 0\.62 \|/);
});

const run = (performance: number, lcpMs: number, tbtMs: number): LighthouseRun => ({
  scores: { performance, accessibility: 1, 'best-practices': 1, seo: 1 },
  lcpMs,
  tbtMs,
});

test('the median of each Lighthouse figure is taken on its own', () => {
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.deepEqual(medianRun([run(0.9, 1500, 300), run(0.99, 1400, 20), run(0.95, 1600, 100)]), run(0.95, 1500, 100));
});

test('the Lighthouse table shows the medians of both sites, their difference and ratio, and the load', () => {
  const ours = [run(0.9, 1500, 300), run(0.99, 1400, 20), run(0.95, 1600, 100)];
  const stock = [run(0.97, 1000, 40), run(1, 1200, 0), run(0.98, 1100, 30)];
  const table = renderTable('lighthouse', {
    date: '2026-01-01 10:00',
    runs: 3,
    versions: { lighthouse: '12.1.0', chromium: '156.0', starlight: '0.42.4' },
    load: { cpus: 2, start: [0.5, 1, 1.5], end: [1.25, 1, 1.5], max1: 1.75 },
    pages: [{ route: '/aws/', ours: { median: medianRun(ours), runs: ours }, stock: { median: medianRun(stock), runs: stock } }],
  });
  assert.match(table, /median of 3 runs per page/);
  assert.match(table, /0\.50 \/ 1\.00 \/ 1\.50 at the start, 1\.25 \/ 1\.00 \/ 1\.50 at the end, 1-minute load up to 1\.75/);
  assert.match(
    table,
    /\| \/aws\/ \| 0\.95 \/ 0\.98 \| -0\.03 \| 0\.90–0\.99 \/ 0\.97–1\.00 \| 1\.00 \/ 1\.00 \| 1\.00 \/ 1\.00 \| 1\.00 \/ 1\.00 \| 1500 \/ 1100 \| 1\.36 \| 100 \/ 30 \| \+70 \|/,
  );
});

test('README.md and bench/README.md link to the tables instead of copying them', () => {
  for (const file of ['README.md', 'bench/README.md']) {
    const text = readFileSync(join(RESULTS_DIR, '..', '..', file), 'utf8');
    for (const name of Object.keys(TABLES) as TableName[]) {
      assert.ok(text.includes(`results/${name}.md`), `${file} links to bench/results/${name}.md`);
      const results = join(RESULTS_DIR, `${name}.json`);
      if (!existsSync(results)) continue;
      // The table's header row: a copy of the table in the docs would drift from its results.
      const header =
        renderTable(name, JSON.parse(readFileSync(results, 'utf8')))
          .split('\n')
          .find((line) => line.startsWith('|')) ?? '';
      const columns = header
        .split('|')
        .map((cell) => cell.trim())
        .filter(Boolean);
      const copy = text.split('\n').find((line) => line.startsWith('|') && columns.every((column) => line.includes(column)));
      assert.equal(copy, undefined, `${file} copies the ${name} table`);
    }
  }
});
