/**
 * Every benchmark's Markdown table, rendered from its results file and nothing else, so that
 * the docs cannot drift from the figures: each benchmark writes `bench/results/<name>.json`,
 * then `bench/results/<name>.md` from it (`writeTable`). README.md and bench/README.md link to
 * these tables instead of copying numbers; bench/tables.test.ts fails when a table and its
 * results file disagree. `npm run bench:tables` re-renders every table from the results files.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const RESULTS_DIR = join(import.meta.dirname, 'results');

type Cell = string | number;

/** A Markdown table: a header row, its separator, one line per row. */
export function markdownTable(header: Cell[], rows: Cell[][]): string {
  const line = (cells: Cell[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

// --- bench:build -------------------------------------------------------------------------

interface BuildRun {
  seconds: number;
  peakMB: number;
  distBytes: number;
  pagefindBytes: number;
}
export interface BuildResult {
  pages: number;
  ours: BuildRun;
  stock: BuildRun;
  ratio: number;
}

const mb = (bytes: number) => (bytes / 1e6).toFixed(2);

function buildTable({ date, results }: { date: string; results: BuildResult[] }): string {
  return [
    `\`npm run bench:build\`, ${date}: the median of the builds at each size (\`BENCH_REPS\`).`,
    '',
    markdownTable(
      ['pages', 'ours s', 'stock s', 'ratio', 'ms/page', 'peak MB ours/stock', 'dist MB ours/stock', 'pagefind MB ours/stock'],
      results.map(({ pages, ours, stock, ratio }) => [
        pages,
        ours.seconds.toFixed(1),
        stock.seconds.toFixed(1),
        ratio.toFixed(2),
        Math.round((ours.seconds * 1000) / pages),
        `${Math.round(ours.peakMB)} / ${Math.round(stock.peakMB)}`,
        `${mb(ours.distBytes)} / ${mb(stock.distBytes)}`,
        `${mb(ours.pagefindBytes)} / ${mb(stock.pagefindBytes)}`,
      ]),
    ),
  ].join('\n');
}

// --- bench:lighthouse --------------------------------------------------------------------

export interface LighthouseResult {
  route: string;
  scores: Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;
  lcpMs: number;
  tbtMs: number;
}

function lighthouseTable({ date, results }: { date: string; results: LighthouseResult[] }): string {
  return [
    `\`npm run bench:lighthouse\`, ${date}.`,
    '',
    markdownTable(
      ['page', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP ms', 'TBT ms'],
      results.map(({ route, scores, lcpMs, tbtMs }) => [
        route,
        ...(['performance', 'accessibility', 'best-practices', 'seo'] as const).map((id) => scores[id].toFixed(2)),
        Math.round(lcpMs),
        Math.round(tbtMs),
      ]),
    ),
  ].join('\n');
}

// --- bench:search ------------------------------------------------------------------------

interface SearchSummary {
  literalRecall: number | null;
  literalFullRecall: number;
  literalPrecisionAt5: number | null;
  topicFirst: number;
  aliasTop3: number;
  /** The reader query sets (English, traditional, pinyin, nonsense); absent in older results. */
  englishTop3?: number;
  traditionalSamePages?: number;
  pinyinTop3?: number;
  nonsenseNothing?: number;
  firstQueryBytes: number;
  firstQueryMs: number;
  laterQueriesMedianMs: number | null;
}
export interface SearchResults {
  date: string;
  queries: number;
  dialog?: { firstMs: number; laterMedianMs: number; samples: { q: string; ms: number }[] } | null;
  report: { setup: { name: string; pagefind: string }; summary: SearchSummary }[];
}

const figure = (value: number | null, digits = 2) => (value === null ? '–' : value.toFixed(digits));
const percent = (value: number | undefined) => (value === undefined ? '–' : `${figure(value * 100, 0)}%`);

function searchTable({ date, queries, dialog, report }: SearchResults): string {
  const lines = [
    `\`npm run bench:search\`, ${date}: ${queries} queries (bench/search-queries.yaml).`,
    '',
    markdownTable(
      [
        '设置',
        'Pagefind',
        '字面召回（均值）',
        '召回=1 的查询',
        '字面 P@5',
        '主题页第一',
        '别名前三',
        '英文前三',
        '繁体同页',
        '拼音前三',
        '无意义无结果',
        '首次查询 kB',
        '首次查询 ms',
        '后续查询中位 ms',
      ],
      report.map(({ setup, summary }) => [
        setup.name,
        setup.pagefind,
        figure(summary.literalRecall, 3),
        `${figure(summary.literalFullRecall * 100, 0)}%`,
        figure(summary.literalPrecisionAt5, 3),
        `${figure(summary.topicFirst * 100, 0)}%`,
        `${figure(summary.aliasTop3 * 100, 0)}%`,
        percent(summary.englishTop3),
        percent(summary.traditionalSamePages),
        percent(summary.pinyinTop3),
        percent(summary.nonsenseNothing),
        (summary.firstQueryBytes / 1024).toFixed(1),
        summary.firstQueryMs.toFixed(0),
        figure(summary.laterQueriesMedianMs, 1),
      ]),
    ),
  ];
  if (dialog) {
    lines.push(
      '',
      `搜索框（最终设置），从最后一次按键到结果显示：首次查询 ${dialog.firstMs.toFixed(0)} ms，后续查询中位 ${dialog.laterMedianMs.toFixed(0)} ms（${dialog.samples.map((s) => `${s.q} ${s.ms.toFixed(0)}`).join('，')}）。`,
    );
  }
  return lines.join('\n');
}

// --- bench:search -- --pages N ----------------------------------------------------------

/** One search setup's figures at one page count (bench/search/scale.ts). */
export interface ScaleFigures {
  indexBytes: number;
  indexFiles: number;
  indexSeconds: number;
  /** Ours: building the search module and dictionaries from the pages' text (part of indexSeconds). */
  dictionarySeconds?: number;
  /** Bytes a static host sends for the first query: text files gzipped, Pagefind's own files (gzip already) as they are. */
  firstQueryBytes: number;
  /** The same files uncompressed. */
  firstQueryRawBytes: number;
  firstQueryMs: number;
  /** Bytes (as sent) of the first query by kind of file: module, pagefind (entry, metadata, WebAssembly, worker), filter, index, fragment, dictionary. */
  firstQueryParts: Record<string, number>;
  laterSearchMedianMs: number;
  laterShownMedianMs: number;
  /** The later queries' search time in a session that has not loaded Pagefind's filters (whose counts Pagefind computes on every search once loaded). */
  laterSearchWithoutFiltersMedianMs: number;
  /** Median number of results of the later queries. */
  laterResultsMedian: number;
}
export interface ScaleRun {
  pages: number;
  date: string;
  queries: number;
  firstQuery: string;
  /** 1-minute load average at the start and the end of the run, and the machine's cores. */
  load: { start: number; end: number; cores: number };
  ours: ScaleFigures;
  stock: ScaleFigures;
}
export interface SearchScaleResults {
  runs: ScaleRun[];
}

function searchScaleTable({ runs }: SearchScaleResults): string {
  const columns: [string, (f: ScaleFigures) => number, (n: number) => string][] = [
    ['first query kB', (f) => f.firstQueryBytes, (n) => (n / 1024).toFixed(1)],
    ['first query ms', (f) => f.firstQueryMs, (n) => n.toFixed(0)],
    ['later queries: search ms (median)', (f) => f.laterSearchMedianMs, (n) => n.toFixed(1)],
    ['later queries: results shown ms (median)', (f) => f.laterShownMedianMs, (n) => n.toFixed(1)],
    ['later queries: search ms without filters (median)', (f) => f.laterSearchWithoutFiltersMedianMs, (n) => n.toFixed(1)],
    ['index MB', (f) => f.indexBytes, (n) => (n / 1e6).toFixed(2)],
    ['indexing s', (f) => f.indexSeconds, (n) => n.toFixed(1)],
  ];
  return [
    "`npm run bench:search -- --pages N`: synthetic pages of the real paragraphs; the literal queries of bench/search-queries.yaml, the first one from a page that has loaded nothing of the search (kB as a static host sends them: text gzipped, Pagefind's own files as they are). Later queries as the dialog runs them (Pagefind UI loads the filters when it starts), and without the filters loaded. Targets at 10,000 pages: first query ≤ 300 kB, later queries ≤ 10 ms search time (median).",
    '',
    markdownTable(
      ['pages', 'setup', ...columns.map(([label]) => label), 'date, load (1 min, start → end / cores)'],
      runs.flatMap(({ pages, date, load, ours, stock }) => [
        [
          pages,
          'ours',
          ...columns.map(([, value, format]) => format(value(ours))),
          `${date}, ${load.start.toFixed(1)} → ${load.end.toFixed(1)} / ${load.cores}`,
        ],
        [pages, 'stock Starlight', ...columns.map(([, value, format]) => format(value(stock))), ''],
        [pages, 'ratio ours/stock', ...columns.map(([, value]) => (value(ours) / value(stock)).toFixed(2)), ''],
      ]),
    ),
  ].join('\n');
}

// -----------------------------------------------------------------------------------------

/** Each benchmark's results file name and the table rendered from it. */
export const TABLES = {
  build: buildTable,
  lighthouse: lighthouseTable,
  search: searchTable,
  'search-scale': searchScaleTable,
} as const satisfies Record<string, (results: never) => string>;

export type TableName = keyof typeof TABLES;

const HEADER = '<!-- Rendered by bench/tables.ts from the results file beside it; do not edit: rerun the benchmark. -->';

/** The Markdown file of a benchmark's table, rendered from its results. */
export function renderTable(name: TableName, results: unknown): string {
  return `${HEADER}\n\n${(TABLES[name] as (results: unknown) => string)(results)}\n`;
}

/** Writes `bench/results/<name>.md` from `bench/results/<name>.json` (call after writing the results). */
export function writeTable(name: TableName): string {
  const results = JSON.parse(readFileSync(join(RESULTS_DIR, `${name}.json`), 'utf8'));
  const file = join(RESULTS_DIR, `${name}.md`);
  writeFileSync(file, renderTable(name, results));
  return file;
}

/** Writes a benchmark's results file and its table. */
export function writeResults(name: TableName, results: unknown): string {
  writeFileSync(join(RESULTS_DIR, `${name}.json`), `${JSON.stringify(results, null, 2)}\n`);
  return writeTable(name);
}

if (import.meta.main) {
  for (const name of Object.keys(TABLES) as TableName[]) {
    if (existsSync(join(RESULTS_DIR, `${name}.json`))) console.log(`wrote ${writeTable(name)}`);
  }
}
