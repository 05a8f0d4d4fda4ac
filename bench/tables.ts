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
  layerBytes?: Record<'english' | 'traditional' | 'pinyin', number>;
}

const figure = (value: number | null, digits = 2) => (value === null ? '–' : value.toFixed(digits));
const percent = (value: number | undefined) => (value === undefined ? '–' : `${figure(value * 100, 0)}%`);

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
  if (layerBytes) {
    const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
    lines.push(
      '',
      `每层词典在构建中的字节：英文 ${kB(layerBytes.english)}（按首字母分成多个文件，一次查询只读其中一个），繁体 ${kB(layerBytes.traditional)}，拼音 ${kB(layerBytes.pinyin)}。`,
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

// -----------------------------------------------------------------------------------------

/** Each benchmark's results file name and the table rendered from it. */
export const TABLES = {
  build: buildTable,
  lighthouse: lighthouseTable,
  search: searchTable,
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
