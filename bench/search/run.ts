/**
 * `npm run bench:search`: search quality and cost of the site's search, on the installed
 * Pagefind, with Starlight's stock setup and with the site's. Builds the site if
 * dist/ is missing (or with --build), indexes it once per setup into .bench/, runs every
 * query of the query sets (bench/search-queries*.yaml: literal, English, traditional,
 * pinyin, nonsense) through the site's search module in headless Chromium, prints tables
 * and writes bench/results/search.json. `--quick`: only Starlight's default and the final
 * setup. Both also run the final setup once without each dictionary layer
 * (English, traditional, pinyin: its files served empty), to show what each layer adds, and
 * type 500 queries into the real dialog (100 with --quick; `--dialog-queries=N`).
 * `--pages N`: the scale benchmark instead (bench/search/scale.ts).
 */
import { type Browser, type BrowserContext, chromium, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import { parse } from 'yaml';
import { CHROMIUM_ARGS, findChromium } from '../../e2e/support/chromium.ts';
import { readBuiltSite } from '../../src/built/built-site.ts';
import { buildSearchIndex } from '../../src/search/pagefind-index.ts';
import { pagefindOptions, SITE_RANKING } from '../../src/search/options.ts';
import { buildStockIndex, STARLIGHT_RANKING, STOCK_SEARCH_MODULE } from './starlight.ts';
import { join } from 'node:path';
import { CALLS_DIR, pageId } from '../../src/calls/paths.ts';
import { routeOf } from '../../src/calls/routes.ts';
import { loadPages } from '../../src/transcript/load-pages.ts';
import { isLiteral, mean, median, queryFigures, type Query, type QueryFigures } from './metrics.ts';
import { serveSite } from './serve.ts';
import { writeTable } from '../tables.ts';

// `--pages N`: the scale benchmark on N synthetic pages (bench/search/scale.ts) instead.
if (process.argv.includes('--pages') || process.argv.some((arg) => arg.startsWith('--pages='))) {
  await (await import('./scale.ts')).main();
  process.exit();
}

/** The call whose pages the query sets name by topic. */
const CALL = 'amazon-2025-q3';

const root = fileURLToPath(new URL('../../', import.meta.url));
const siteDir = `${root}dist/`;
const workDir = `${root}.bench/`;
/** The Pagefind the site builds with (package.json), named in the results. */
const PAGEFIND_VERSION = (JSON.parse(readFileSync(`${root}node_modules/pagefind/package.json`, 'utf8')) as { version: string }).version;

type Layer = 'english' | 'traditional' | 'pinyin' | 'names' | 'related';

interface Setup {
  name: string;
  siteSegmentation: boolean;
  ranking: object;
  /** Dictionary layers served empty, to measure what each adds. */
  without?: Layer[];
}

const FINAL: Setup = { name: '本站分词 + 本站排序（最终）', siteSegmentation: true, ranking: SITE_RANKING };
const LAYER_NAMES: Record<Layer, string> = { english: '英文词典', traditional: '繁体词典', pinyin: '拼音词典', names: '术语名称', related: '相关词' };

/** The final setup before each dictionary layer: the same with that layer served empty. */
const LAYER_SETUPS: Setup[] = (Object.keys(LAYER_NAMES) as Layer[]).map((layer) => ({ ...FINAL, name: `最终，去掉${LAYER_NAMES[layer]}`, without: [layer] }));

const ALL_SETUPS: Setup[] = [
  { name: 'Starlight 默认', siteSegmentation: false, ranking: STARLIGHT_RANKING },
  { name: '本站分词 + Starlight 排序', siteSegmentation: true, ranking: STARLIGHT_RANKING },
  ...LAYER_SETUPS,
  FINAL,
];

const SETUPS = process.argv.includes('--quick') ? ALL_SETUPS.filter((setup) => setup.siteSegmentation === (setup.ranking === SITE_RANKING)) : ALL_SETUPS;

/** What the server answers in place of a layer's files: an empty dictionary. */
const EMPTY_LAYERS: Record<Layer, Record<string, { text: string }>> = {
  english: { '/search/english-': { text: '{}' } },
  traditional: { '/search/traditional.json': { text: '{"phrases":{},"chars":{}}' } },
  pinyin: { '/search/pinyin.json': { text: '{}' } },
  names: { '/search/names.json': { text: '{}' } },
  related: { '/search/related-': { text: '{}' } },
};

/** The bytes of each layer's files in the build (dist/search/). */
function layerBytes(): Record<Layer, number> {
  const files = readdirSync(`${siteDir}search/`);
  const bytes = (prefix: string) => files.filter((file) => file.startsWith(prefix)).reduce((sum, file) => sum + statSync(`${siteDir}search/${file}`).size, 0);
  return { english: bytes('english'), traditional: bytes('traditional'), pinyin: bytes('pinyin'), names: bytes('names'), related: bytes('related') };
}

type QueryEntry = Omit<Query, 'page' | 'kind'> & { page?: string | string[]; kind?: Query['kind'] };

function readQueries(file: string, kind?: Query['kind']): Query[] {
  return (parse(readFileSync(`${root}bench/${file}`, 'utf8')) as QueryEntry[]).map(({ page, ...entry }): Query => ({
    ...entry,
    kind: kind ?? entry.kind ?? 'literal',
    q: String(entry.q),
    group: entry.group ?? '',
    ...(page ? { page: [page].flat().map(pathOfTopic) } : {}),
  }));
}

/** Taiwan's characters and wording for a simplified query (OpenCC, as a reader in Taiwan would type it). */
const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'twp' });
/** The two traditional sets: the literal queries as OpenCC writes them, and readers' own words (which no converter may produce). */
const TRADITIONAL_GROUPS = { converted: '由字面查询转换', readers: '读者用词' } as const;
const literalQueries = readQueries('search-queries.yaml');
const traditionalQueries: Query[] = [
  ...literalQueries
    .filter((query) => isLiteral(query) && toTaiwan(query.q) !== query.q)
    .map((query) => ({ q: toTaiwan(query.q), kind: 'traditional' as const, group: TRADITIONAL_GROUPS.converted, simplified: query.q })),
  ...readQueries('search-queries-traditional.yaml', 'traditional').map((query) => ({ ...query, group: TRADITIONAL_GROUPS.readers })),
];
const queries: Query[] = [
  ...literalQueries,
  ...readQueries('search-queries-english.yaml', 'english'),
  ...traditionalQueries,
  ...readQueries('search-queries-pinyin.yaml', 'pinyin'),
  ...readQueries('search-queries-people.yaml', 'person'),
  ...readQueries('search-queries-symbols.yaml', 'symbol'),
  ...readQueries('search-queries-synonyms.yaml', 'synonym'),
  ...readQueries('search-queries-nonsense.yaml', 'nonsense'),
];

/** Every built page (each `index.html` under dist/) as a path; pages without `data-pagefind-body` count as empty. */
function indexedPaths(): string[] {
  return readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file === 'index.html' || file.endsWith('/index.html'))
    .map((file) => `/${file.replace(/index\.html$/, '')}`)
    .sort();
}

function pathOfTopic(id: string): string {
  const page = loadPages(join(CALLS_DIR, CALL)).find((candidate) => candidate.frontmatter['topic'] === id);
  if (!page) throw new Error(`bench/search-queries*.yaml: unknown page "${id}"; use a topic id of content/calls/${CALL}/call.yaml`);
  return routeOf(pageId(page.file));
}

async function main(): Promise<void> {
  if (process.argv.includes('--build') || !existsSync(`${siteDir}index.html`)) {
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  }
  const browserPath = findChromium();
  if ('error' in browserPath) throw new Error(browserPath.error);
  const browser = await chromium.launch({ executablePath: browserPath.path, args: CHROMIUM_ARGS });
  const report: Reported[] = [];
  let dialog: DialogFigures | undefined;
  try {
    for (const setup of SETUPS) {
      const bundle = `${workDir}${setup.siteSegmentation ? 'site' : 'stock'}/`;
      if (setup.siteSegmentation) await buildSearchIndex({ pages: readBuiltSite(siteDir).pages, outputDir: bundle });
      else await buildStockIndex({ siteDir, outputDir: bundle });
      const server = await serveSite(siteDir, {
        '/pagefind/': bundle,
        ...(setup.siteSegmentation
          ? Object.assign({}, ...(setup.without ?? []).map((layer) => EMPTY_LAYERS[layer]))
          : { '/search/pagefind.js': { text: STOCK_SEARCH_MODULE } }),
      });
      try {
        report.push({ setup: { ...setup, pagefind: PAGEFIND_VERSION }, ...(await measure(browser, server.origin, setup)) });
        if (setup === SETUPS.at(-1)) {
          // The literal queries the site has (Latin ones too), typed into the dialog.
          const onSite =
            report
              .at(-1)
              ?.rows.filter((row) => row.query.kind === 'literal' && row.containing.length > 0)
              .map((row) => row.query.q) ?? [];
          dialog = await measureDialog(browser, server.origin, onSite);
        }
      } finally {
        await server.close();
      }
    }
  } finally {
    await browser.close();
  }
  printReport(report);
  if (dialog) {
    console.log(
      `\n搜索框（最终设置），${dialog.typed} 个查询逐字输入：从最后一次按键到结果显示，首次查询 ${dialog.firstMs.toFixed(0)} ms，后续查询中位 ${dialog.laterMedianMs.toFixed(0)} ms，P90 ${dialog.laterP90Ms.toFixed(0)} ms；应有结果却为空 ${dialog.empty.length} 个${dialog.empty.length ? `（${dialog.empty.map((e) => `${e.q}: ${e.message}`).join('，')}）` : ''}`,
    );
  }
  mkdirSync(`${root}bench/results`, { recursive: true });
  writeFileSync(
    `${root}bench/results/search.json`,
    `${JSON.stringify({ date: new Date().toISOString(), queries: queries.length, dialog, report, layerBytes: layerBytes() }, null, 2)}\n`,
  );
  console.log('\nFigures written to bench/results/search.json');
}

async function measure(browser: Browser, origin: string, setup: Setup): Promise<{ rows: Row[]; summary: ReturnType<typeof summarize> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  let bytes = 0;
  page.on('requestfinished', (request) => {
    if (!/\/(pagefind|search)\//.test(new URL(request.url()).pathname)) return;
    void request.sizes().then((sizes) => (bytes += sizes.responseBodySize + sizes.responseHeadersSize));
  });
  await page.goto(`${origin}/`);
  const containing = await page.evaluate(async (paths) => {
    const texts: Record<string, string> = {};
    for (const path of paths) {
      const doc = new DOMParser().parseFromString(await (await fetch(path)).text(), 'text/html');
      const body = doc.querySelector('[data-pagefind-body]');
      body?.querySelectorAll('[data-pagefind-ignore], nav, footer, form, script, style').forEach((element) => element.remove());
      texts[path] = (body?.textContent ?? '').replace(/\s+/g, ' ').toLowerCase();
    }
    return texts;
  }, indexedPaths());
  await page.evaluate(
    async (options) => {
      const search = await import(/* @vite-ignore */ new URL('/search/pagefind.js', location.href).href);
      await search.options(options);
    },
    { ...pagefindOptions('/'), ranking: setup.ranking },
  );
  bytes = 0;
  const rows: Row[] = [];
  for (const query of queries) {
    const before = bytes;
    const run = (term: string) =>
      page.evaluate(async (term) => {
        const search = await import(/* @vite-ignore */ new URL('/search/pagefind.js', location.href).href);
        const started = performance.now();
        const response = await search.search(term);
        const firstPage = await Promise.all(response.results.slice(0, 5).map((result: { data: () => Promise<unknown> }) => result.data()));
        const ms = performance.now() - started;
        const rest = await Promise.all(response.results.slice(5).map((result: { data: () => Promise<unknown> }) => result.data()));
        const paths = [...firstPage, ...rest].map((data) => new URL((data as { url: string }).url, location.href).pathname);
        return { paths, ms, partial: response.partial === true };
      }, term);
    const { paths, ms, partial } = await run(query.q);
    const expected = query.simplified === undefined ? undefined : (await run(query.simplified)).paths;
    await page.waitForLoadState('networkidle');
    const needle = query.q.replace(/\s+/g, ' ').toLowerCase();
    const pagesContaining = Object.entries(containing)
      .filter(([, text]) => text.includes(needle))
      .map(([path]) => path);
    rows.push({
      query,
      returned: paths,
      containing: pagesContaining,
      ms,
      bytes: bytes - before,
      partial,
      ...(expected ? { expected } : {}),
      ...queryFigures(query, paths, pagesContaining),
    });
  }
  await context.close();
  return { rows, summary: summarize(rows) };
}

/**
 * How many queries the dialog benchmark types (`--dialog-queries=N`; 500 by default, 100 with
 * --quick): the literal queries that the site has, one after another, round after round.
 */
const DIALOG_QUERY_COUNT = Number(
  process.argv.find((arg) => arg.startsWith('--dialog-queries='))?.slice('--dialog-queries='.length) ?? (process.argv.includes('--quick') ? 100 : 500),
);
/** How many fresh page views time the first query (their median counts). */
const DIALOG_FIRST_QUERIES = 5;
/** How long the dialog may take to answer before the query counts as unanswered. */
const DIALOG_TIMEOUT_MS = 5000;

interface DialogFigures {
  /** How many queries were typed, and how many of them showed no result although the site has it (or none in time). */
  typed: number;
  empty: { q: string; message: string }[];
  samples: { q: string; ms: number }[];
  firstMs: number;
  laterMedianMs: number;
  laterP90Ms: number;
}

/**
 * Types each query into the site's search dialog, as a reader does (one character every 40 ms,
 * the dialog searching as it goes), and measures from the last input event to the moment the
 * results for that query are in the page (the dialog's debounce, Pagefind's search and the
 * rendering included). The first query of a page view also loads the index and WebAssembly: its time is the median of 5 fresh page views. A query whose
 * answer is "未找到" or that gets no answer in 5 s counts as empty: every query typed is on the site.
 */
async function measureDialog(browser: Browser, origin: string, onSite: readonly string[]): Promise<DialogFigures> {
  const samples: { q: string; ms: number }[] = [];
  const empty: DialogFigures['empty'] = [];
  const firsts: number[] = [];
  // The first query of a page view loads the index and WebAssembly: timed on fresh pages.
  for (let view = 0; view < DIALOG_FIRST_QUERIES; view += 1) {
    const context = await browser.newContext();
    const dialog = await openDialog(context, origin);
    for (let i = 0; i < (view === 0 ? DIALOG_QUERY_COUNT : 1); i += 1) {
      const q = onSite[(i + view) % onSite.length] ?? '';
      const answer = await typeQuery(dialog, q);
      if (!('ms' in answer)) empty.push({ q, message: answer.message });
      else if (i === 0) firsts.push(answer.ms);
      else samples.push({ q, ms: answer.ms });
    }
    await context.close();
  }
  const sorted = samples.map((sample) => sample.ms).sort((a, b) => a - b);
  return {
    typed: DIALOG_QUERY_COUNT + DIALOG_FIRST_QUERIES - 1,
    empty,
    samples: samples.slice(0, 10),
    firstMs: median(firsts) ?? 0,
    laterMedianMs: median(sorted) ?? 0,
    laterP90Ms: sorted[Math.floor(sorted.length * 0.9)] ?? 0,
  };
}

/** A fresh page with the search dialog open, timing each input event. */
async function openDialog(context: BrowserContext, origin: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  await page.getByRole('button', { name: '搜索' }).click();
  await page.evaluate(() => {
    const timing = window as unknown as { lastInput: number };
    document.addEventListener('input', () => (timing.lastInput = performance.now()), true);
  });
  return page;
}

/** Types a query as a reader does and waits for its answer: the time to results, or the message shown instead. */
async function typeQuery(page: Page, q: string): Promise<{ ms: number } | { message: string }> {
  const input = page.getByRole('dialog').getByRole('textbox').first();
  await input.fill('');
  await page.waitForFunction(() => !document.querySelector('#starlight__search .pagefind-ui__result'));
  const shown = page.evaluate(
    ({ term, timeout }) =>
      new Promise<{ ms: number } | { message: string }>((resolve) => {
        const root = document.querySelector('#starlight__search') as Element;
        const message = () => root.querySelector('.pagefind-ui__message')?.textContent ?? '';
        const done = () => {
          if (!message().includes(term)) return;
          if (root.querySelector('.pagefind-ui__result')) finish({ ms: performance.now() - (window as unknown as { lastInput: number }).lastInput });
          else if (message().includes('未找到')) finish({ message: message() });
        };
        const finish = (answer: { ms: number } | { message: string }) => {
          observer.disconnect();
          clearTimeout(timer);
          resolve(answer);
        };
        const observer = new MutationObserver(done);
        const timer = setTimeout(() => finish({ message: `${timeout} ms: ${message()}` }), timeout);
        observer.observe(root, { subtree: true, childList: true, characterData: true });
      }),
    { term: q, timeout: DIALOG_TIMEOUT_MS },
  );
  await input.pressSequentially(q, { delay: 40 });
  return shown;
}

interface Row extends QueryFigures {
  query: Query;
  returned: string[];
  containing: string[];
  ms: number;
  bytes: number;
  /** The search said that it found only partial matches. */
  partial: boolean;
  /** Traditional queries: the pages its simplified original returned. */
  expected?: string[];
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((path) => b.includes(path));
const share = (rows: readonly Row[], ok: (row: Row) => boolean) => (rows.length ? rows.filter(ok).length / rows.length : null);
const samePages = (row: Row) => sameSet(row.returned, row.expected ?? []);
const inTop3 = (row: Row) => row.wantedRank !== null && row.wantedRank <= 3;

function summarize(rows: Row[]) {
  const literal = rows.filter((row) => isLiteral(row.query));
  const topic = rows.filter((row) => row.query.kind === 'topic');
  const alias = rows.filter((row) => row.query.kind === 'alias');
  const of = (kind: Query['kind']) => rows.filter((row) => row.query.kind === kind);
  const traditionalOf = (group: string) => of('traditional').filter((row) => row.query.group === group);
  const [first, ...later] = rows;
  return {
    literalRecall: mean(literal.map((row) => row.recall)),
    literalFullRecall: literal.filter((row) => row.recall === null || row.recall === 1).length / literal.length,
    literalPrecisionAt5: mean(literal.map((row) => row.precisionAt5)),
    topicFirst: topic.filter((row) => row.wantedRank === 1).length / topic.length,
    aliasTop3: alias.filter(inTop3).length / alias.length,
    englishTop3: share(of('english'), inTop3),
    traditionalConvertedSamePages: share(traditionalOf(TRADITIONAL_GROUPS.converted), samePages),
    traditionalReadersSamePages: share(traditionalOf(TRADITIONAL_GROUPS.readers), samePages),
    pinyinTop3: share(of('pinyin'), inTop3),
    personTop3: share(of('person'), inTop3),
    symbolTop3: share(of('symbol'), inTop3),
    synonymTop3: share(of('synonym'), inTop3),
    nonsenseNothing: share(of('nonsense'), (row) => row.results === 0 || row.partial),
    firstQueryBytes: first?.bytes ?? 0,
    firstQueryMs: first?.ms ?? 0,
    laterQueriesMedianMs: median(later.map((row) => row.ms)),
    laterQueriesMedianBytes: median(later.map((row) => row.bytes)),
  };
}

const figure = (value: number | null, digits = 2) => (value === null ? '–' : value.toFixed(digits));

/** A setup's figures, with the Pagefind version they were measured on. */
interface Reported {
  setup: Setup & { pagefind: string };
  rows: Row[];
  summary: ReturnType<typeof summarize>;
}

function printReport(report: Reported[]): void {
  const final = report.at(-1);
  if (final) {
    console.log(`\n## 每个查询：${final.setup.name}，Pagefind ${final.setup.pagefind}\n`);
    console.log('| 查询 | 类 | 结果数 | 召回 | P@5 | 首个正确 | 目标页名次 | 繁简同页 | 部分匹配 | ms | 字节 |');
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const row of final.rows) {
      const same = row.expected ? (sameSet(row.returned, row.expected) ? '是' : `否（${row.expected.join(' ')}）`) : '';
      console.log(
        `| ${row.query.q.replaceAll('|', '\\|')} | ${row.query.kind} ${row.query.group} | ${row.results} | ${figure(row.recall)} | ${figure(row.precisionAt5)} | ${row.firstCorrectRank ?? '–'} | ${row.wantedRank ?? '–'} | ${same} | ${row.partial ? '是' : ''} | ${row.ms.toFixed(1)} | ${row.bytes} |`,
      );
    }
  }
  console.log('\n## 总览\n');
  console.log(
    '| 设置 | Pagefind | 字面召回（均值） | 召回=1 的查询 | 字面 P@5 | 主题页第一 | 别名前三 | 英文前三 | 繁体同页（字面转换） | 繁体同页（读者用词） | 拼音前三 | 人物与产品前三 | 符号与间距前三 | 文中没有的词前三 | 无意义：无结果或注明 | 首次查询 kB | 首次查询 ms | 后续查询中位 ms |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  const percent = (value: number | null) => (value === null ? '–' : `${(value * 100).toFixed(0)}%`);
  for (const { setup, summary } of report) {
    console.log(
      `| ${setup.name} | ${setup.pagefind} | ${figure(summary.literalRecall, 3)} | ${figure(summary.literalFullRecall * 100, 0)}% | ${figure(summary.literalPrecisionAt5, 3)} | ${figure(summary.topicFirst * 100, 0)}% | ${figure(summary.aliasTop3 * 100, 0)}% | ${percent(summary.englishTop3)} | ${percent(summary.traditionalConvertedSamePages)} | ${percent(summary.traditionalReadersSamePages)} | ${percent(summary.pinyinTop3)} | ${percent(summary.personTop3)} | ${percent(summary.symbolTop3)} | ${percent(summary.synonymTop3)} | ${percent(summary.nonsenseNothing)} | ${(summary.firstQueryBytes / 1024).toFixed(1)} | ${summary.firstQueryMs.toFixed(0)} | ${figure(summary.laterQueriesMedianMs, 1)} |`,
    );
  }
  const baseline = report.find(({ setup }) => !setup.siteSegmentation)?.summary;
  if (final && baseline && baseline.laterQueriesMedianMs && final.summary.laterQueriesMedianMs) {
    console.log(
      `\n后续查询中位耗时：最终设置 / Starlight 默认 = ${(final.summary.laterQueriesMedianMs / baseline.laterQueriesMedianMs).toFixed(2)}×；首次查询字节：${(final.summary.firstQueryBytes / Math.max(1, baseline.firstQueryBytes)).toFixed(2)}×`,
    );
  }
}

await main();

// The Markdown table of these results, rendered from bench/results/search.json (bench/tables.ts).
writeTable('search');
