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

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** One Lighthouse run of a page, or the medians of several. */
export interface LighthouseRun {
  scores: Record<Category, number>;
  lcpMs: number;
  tbtMs: number;
}

export interface LighthouseResults {
  /** When the run ended, UTC (`YYYY-MM-DD HH:MM`). */
  date: string;
  /** Runs per page and site. */
  runs: number;
  versions: { lighthouse: string; chromium: string; starlight: string };
  /** The machine's load average (1, 5, 15 minutes) at the start and end, and the highest 1-minute load seen. */
  load: { cpus: number; start: number[]; end: number[]; max1: number };
  /** Each page on this site and on stock Starlight with the same text: every run and their medians. */
  pages: { route: string; ours: { median: LighthouseRun; runs: LighthouseRun[] }; stock: { median: LighthouseRun; runs: LighthouseRun[] } }[];
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
}

/** The median of each figure of the runs, taken separately. */
export function medianRun(runs: LighthouseRun[]): LighthouseRun {
  return {
    scores: Object.fromEntries(CATEGORIES.map((id) => [id, median(runs.map((run) => run.scores[id]))])) as LighthouseRun['scores'],
    lcpMs: median(runs.map((run) => run.lcpMs)),
    tbtMs: median(runs.map((run) => run.tbtMs)),
  };
}

const signed = (value: number, digits: number) => `${value > 0 ? '+' : ''}${value.toFixed(digits)}`;
const loads = (values: number[]) => values.map((value) => value.toFixed(2)).join(' / ');

function lighthouseTable({ date, runs, versions, load, pages }: LighthouseResults): string {
  const range = (list: LighthouseRun[]) => {
    const scores = list.map((run) => run.scores.performance);
    return `${Math.min(...scores).toFixed(2)}–${Math.max(...scores).toFixed(2)}`;
  };
  return [
    `\`npm run bench:lighthouse\`, ${date} UTC: the median of ${runs} runs per page of this site (ours) and of stock Starlight ${versions.starlight} with the same text (stock), the two run alternately in one Chromium ${versions.chromium} (Lighthouse ${versions.lighthouse}, mobile, simulated throttling). Δ and ratio are ours against stock. Targets for ours: performance ≥ 0.95, the others 1.00.`,
    '',
    `Load average (1 / 5 / 15 min) on ${load.cpus} CPUs: ${loads(load.start)} at the start, ${loads(load.end)} at the end, 1-minute load up to ${load.max1.toFixed(2)}.`,
    '',
    markdownTable(
      [
        'page',
        'performance ours / stock',
        'Δ',
        'performance range ours / stock',
        'accessibility ours / stock',
        'best practices ours / stock',
        'SEO ours / stock',
        'LCP ms ours / stock',
        'LCP ratio',
        'TBT ms ours / stock',
        'TBT Δ ms',
      ],
      pages.map(({ route, ours, stock }) => {
        const both = (id: Category) => `${ours.median.scores[id].toFixed(2)} / ${stock.median.scores[id].toFixed(2)}`;
        return [
          route,
          both('performance'),
          signed(ours.median.scores.performance - stock.median.scores.performance, 2),
          `${range(ours.runs)} / ${range(stock.runs)}`,
          both('accessibility'),
          both('best-practices'),
          both('seo'),
          `${Math.round(ours.median.lcpMs)} / ${Math.round(stock.median.lcpMs)}`,
          (ours.median.lcpMs / stock.median.lcpMs).toFixed(2),
          `${Math.round(ours.median.tbtMs)} / ${Math.round(stock.median.tbtMs)}`,
          signed(Math.round(ours.median.tbtMs - stock.median.tbtMs), 0),
        ];
      }),
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
  /** The traditional set split: literal queries converted by OpenCC, and readers' own words. */
  traditionalConvertedSamePages: number | null;
  traditionalReadersSamePages: number | null;
  pinyinTop3?: number;
  /** People and products, symbols and spacing, words the text does not use; absent in older results. */
  personTop3?: number | null;
  symbolTop3?: number | null;
  synonymTop3?: number | null;
  nonsenseNothing?: number;
  firstQueryBytes: number;
  firstQueryMs: number;
  laterQueriesMedianMs: number | null;
}
export interface SearchResults {
  date: string;
  queries: number;
  /** The dialog typed into; `typed`, `empty` and `laterP90Ms` are absent in older results. */
  dialog?: {
    firstMs: number;
    laterMedianMs: number;
    laterP90Ms?: number;
    typed?: number;
    empty?: { q: string; message: string }[];
    samples: { q: string; ms: number }[];
  } | null;
  report: { setup: { name: string; pagefind: string }; summary: SearchSummary }[];
  /** Bytes of each dictionary layer's files in the build; absent in older results. */
  layerBytes?: Record<'english' | 'traditional' | 'pinyin', number> & Partial<Record<'names' | 'related', number>>;
}

const figure = (value: number | null, digits = 2) => (value === null ? '–' : value.toFixed(digits));
const percent = (value: number | null | undefined) => (value === undefined || value === null ? '–' : `${figure(value * 100, 0)}%`);

function searchTable({ date, queries, dialog, report, layerBytes }: SearchResults): string {
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
        '繁体同页（字面转换）',
        '繁体同页（读者用词）',
        '拼音前三',
        '人物与产品前三',
        '符号与间距前三',
        '文中没有的词前三',
        '无意义：无结果或注明',
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
        percent(summary.traditionalConvertedSamePages),
        percent(summary.traditionalReadersSamePages),
        percent(summary.pinyinTop3),
        percent(summary.personTop3),
        percent(summary.symbolTop3),
        percent(summary.synonymTop3),
        percent(summary.nonsenseNothing),
        (summary.firstQueryBytes / 1024).toFixed(1),
        summary.firstQueryMs.toFixed(0),
        figure(summary.laterQueriesMedianMs, 1),
      ]),
    ),
  ];
  if (layerBytes) {
    const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
    lines.push(
      '',
      `每层词典在构建中的字节：英文 ${kB(layerBytes.english)}（按首字母分成多个文件，一次查询只读其中一个），繁体 ${kB(layerBytes.traditional)}，拼音 ${kB(layerBytes.pinyin)}${layerBytes.names === undefined ? '' : `，术语名称 ${kB(layerBytes.names)}`}${layerBytes.related === undefined ? '' : `，相关词 ${kB(layerBytes.related)}（按首字分成多个文件，只在字面没有结果时读其中一个）`}。`,
    );
  }
  if (dialog) {
    lines.push(
      '',
      dialog.typed === undefined
        ? `搜索框（最终设置），从最后一次按键到结果显示：首次查询 ${dialog.firstMs.toFixed(0)} ms，后续查询中位 ${dialog.laterMedianMs.toFixed(0)} ms（${dialog.samples.map((s) => `${s.q} ${s.ms.toFixed(0)}`).join('，')}）。`
        : `搜索框（最终设置），${dialog.typed} 个站内有的查询逐字输入（每 40 ms 一个字）：从最后一次按键到结果显示，首次查询 ${dialog.firstMs.toFixed(0)} ms，后续查询中位 ${dialog.laterMedianMs.toFixed(0)} ms，P90 ${(dialog.laterP90Ms ?? 0).toFixed(0)} ms；应有结果却为空：${dialog.empty?.length ?? 0} 个。`,
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
  /** The later queries' search time once the reader has opened a filter, when Pagefind counts every filter value on each search. */
  laterSearchFilterOpenMedianMs: number;
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
    ['later queries: search ms, a filter open (median)', (f) => f.laterSearchFilterOpenMedianMs, (n) => n.toFixed(1)],
    ['index MB', (f) => f.indexBytes, (n) => (n / 1e6).toFixed(2)],
    ['indexing s', (f) => f.indexSeconds, (n) => n.toFixed(1)],
  ];
  return [
    "`npm run bench:search -- --pages N`: synthetic pages of the real paragraphs; the literal queries of bench/search-queries.yaml, the first one from a page that has loaded nothing of the search (kB as a static host sends them: text gzipped, Pagefind's own files as they are). Later queries as the dialog runs them (it asks for the filters when it starts: stock Pagefind loads them all; since 2026-11-30 ours lists them from the build and loads them when the reader opens a filter), and with a filter open. Targets at 10,000 pages: first query ≤ 300 kB, later queries ≤ 10 ms search time (median).",
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
