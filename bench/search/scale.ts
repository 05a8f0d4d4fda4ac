/**
 * `npm run bench:search -- --pages N`: how search scales. Writes N synthetic topic pages as
 * static HTML (made of the published call's real paragraphs by bench/synthetic.ts, shaped like
 * the site's built topic pages: the `data-pagefind-body` element, transcript paragraphs and
 * Q&A turns with their sub-result titles and ids, the call, topic and speaker filters), indexes
 * them with the site's search setup (src/search/pagefind-index.ts and the search module and
 * dictionaries of src/search/write-search-files.ts) and with stock Starlight's (Pagefind's
 * defaults, the query as typed), then runs the literal queries of bench/search-queries.yaml
 * through each setup's search module in headless Chromium and reports, for each setup and as
 * the ratio ours/stock:
 * - the first query: bytes of everything under /pagefind/ and /search/ it loads (the module,
 *   Pagefind's script, worker, metadata and WebAssembly, the filters that Pagefind UI loads
 *   when it starts, the index chunks, the dictionaries, the fragments of the results the dialog
 *   shows), as a static host sends them (text gzipped; Pagefind's own files are gzip already),
 *   and its time, from a page that has loaded nothing of the search;
 * - the later queries: search time (the module's `search()`) and the time until the fragments
 *   of the results shown are loaded, medians over the query set, as the dialog runs them (it
 *   asks for the filters when it starts: stock Pagefind loads them all, ours lists them from
 *   the build); and the search time again once the reader has opened a filter (Pagefind then
 *   counts every filter value on each search, the main cost at 10,000 pages);
 * - the index: bytes of the Pagefind bundle and the indexing time (ours includes building the
 *   search module and dictionaries from the pages' text).
 * Targets at 10,000 pages: first query <= 300 kB, later queries' search time <= 10 ms median.
 * The host page and its assets come from dist/ (built if missing, or with --build); the figures
 * go to bench/results/search-scale.json (one entry per page count) and its table. The synthetic
 * pages are deleted afterwards unless BENCH_KEEP is set; the bundles stay in .bench/scale-N/.
 */
import { type Browser, chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { CHROMIUM_ARGS, findChromium } from '../../e2e/support/chromium.ts';
import { callLabel } from '../../src/model/calls.ts';
import { pagefindOptions, searchUiOptions } from '../../src/search/options.ts';
import { FILTER_NAMES, unitTitle } from '../../src/search/page-search-data.ts';
import { readBuiltSite } from '../../src/built/built-site.ts';
import { loadSite } from '../../src/model/site.ts';
import { buildSearchIndex } from '../../src/search/pagefind-index.ts';
import { SEARCH_FOLDER, writeSearchFiles } from '../../src/search/write-search-files.ts';
import { folderSize } from '../folder-size.ts';
import { type Call, type Page, quarterOf, synthesize } from '../synthetic.ts';
import { RESULTS_DIR, type ScaleFigures, type ScaleRun, type SearchScaleResults, writeResults } from '../tables.ts';
import { isLiteral, median, type Query } from './metrics.ts';
import { serveSite } from './serve.ts';
import { buildStockIndex, STARLIGHT_RANKING, STOCK_SEARCH_MODULE } from './starlight.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const siteDir = join(root, 'dist');
/** The page whose markup outside the indexed body (head, header, sidebar) every synthetic page copies. */
const TEMPLATE_PAGE = join(siteDir, 'amazon-2025-q3/chips/index.html');

const TARGETS = { firstQueryBytes: 300 * 1024, laterSearchMs: 10, atPages: 10_000 } as const;

const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** A transcript paragraph as the site renders it (src/components/transcript): a deep-linkable sub-result with its title. */
function paragraph(line: number, text: string, title: string): string {
  return `<blockquote class="tx-para" id="l${line}" data-line="${line}" data-pagefind-title="${escape(title)}"><p>${escape(text)}</p><button type="button" class="tx-control tx-copy" data-copy-anchor="l${line}" data-editorial data-pagefind-ignore><span class="tx-copy__label">复制链接</span><span class="sr-only">：原文第 ${line} 行</span></button></blockquote>\n`;
}

function heading(text: string): string {
  const id = text.toLowerCase().replace(/[\s：]+/g, '-');
  return `<div class="sl-heading-wrapper level-h2"><h2 id="${id}">${escape(text)}</h2><a class="sl-anchor-link" href="#${id}"><span class="sr-only" data-pagefind-ignore>链接到本节：${escape(text)}</span></a></div>\n`;
}

/** The indexed body of a synthetic topic page, in the markup of the site's built topic pages. */
function pageBody(page: Page): string {
  const line = (n: number) => `原文第 ${n} 行`;
  const analyst = unitTitle('分析师', line(page.qa.line));
  return [
    `<main data-pagefind-body lang="zh-CN" dir="ltr"><div class="content-panel"><div class="sl-container"><h1 id="_top" class="page-title">${page.title}</h1></div></div>`,
    `<div class="content-panel"><div class="sl-container"><div class="sl-markdown-content"><p>合成页面的编者导语。</p>\n`,
    heading('要点'),
    ...page.narrative.map((n) => paragraph(n.line, n.text, line(n.line))),
    heading('问答：合成问题'),
    `<section class="tx-qa" id="q${page.qa.line}" aria-label="问答：原文第 ${page.qa.line} 行起">`,
    `<figure class="tx-turn" data-speaker="analyst" data-pagefind-filter="${FILTER_NAMES.speaker}:分析师"><figcaption class="tx-turn__speaker" data-editorial><span class="tx-turn__name">分析师</span></figcaption>`,
    paragraph(page.qa.line, page.qa.question, analyst),
    `</figure><figure class="tx-turn" data-speaker="jassy" data-pagefind-filter="${FILTER_NAMES.speaker}:管理层"><figcaption class="tx-turn__speaker" data-editorial><span class="tx-turn__name">安迪·贾西</span><span class="tx-turn__role"> · 亚马逊首席执行官</span></figcaption>`,
    ...page.qa.answers.map((a) => paragraph(a.line, a.text, unitTitle('安迪·贾西', '管理层', line(a.line)))),
    `</figure></section></div><footer class="sl-flex"><div class="meta sl-flex"><p>合成页面</p></div></footer></div></div></main>`,
  ].join('');
}

/**
 * A built page as the template: its head, header and sidebar are kept; its title, search
 * metadata and indexed body become the synthetic page's.
 */
function pageHtml(template: string, call: Call, page: Page): string {
  const label = callLabel({ data: quarterOf(call), company: { name: '亚马逊' } });
  const meta = [
    `<meta data-pagefind-filter="${FILTER_NAMES.call}[content]" content="${label}"/>`,
    `<meta data-pagefind-filter="${FILTER_NAMES.topic}[content]" content="主题 ${page.topic}"/>`,
    `<meta data-pagefind-meta="title[content]" content="${page.title} · ${label}"/>`,
  ].join('');
  const body = pageBody(page);
  return template
    .replace(/<title>[^<]*<\/title>/, `<title>${page.title} | 财报电话会精华</title>`)
    .replace(/<meta data-pagefind-[^>]*>/g, '')
    .replace('</head>', `${meta}</head>`)
    .replace(/<main\b[^>]*data-pagefind-body[\s\S]*<\/main>/, () => body);
}

/** Writes the synthetic pages as a built site (`<slug>/index.html`). */
function writePages(dir: string, calls: Call[]): void {
  const template = readFileSync(TEMPLATE_PAGE, 'utf8');
  if (!/<main\b[^>]*data-pagefind-body/.test(template)) throw new Error(`${TEMPLATE_PAGE}: no <main data-pagefind-body> to replace`);
  rmSync(dir, { recursive: true, force: true });
  for (const call of calls) {
    for (const page of call.pages) {
      const file = join(dir, page.slug, 'index.html');
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, pageHtml(template, call, page));
    }
  }
}

const seconds = async (task: () => Promise<unknown>) => {
  const started = performance.now();
  await task();
  return (performance.now() - started) / 1000;
};

/** What a file the search loads is, for the first query's breakdown. */
function partOf(path: string): string {
  if (path.startsWith(`/${SEARCH_FOLDER}/`)) return path.endsWith('/pagefind.js') ? 'module' : 'dictionary';
  if (path.includes('/filter/')) return 'filter';
  if (path.includes('/index/')) return 'index';
  if (path.includes('/fragment/')) return 'fragment';
  return 'pagefind';
}

/** Files a static host compresses (Pagefind's own index, fragment, metadata and WebAssembly files are gzip already). */
const COMPRESSED_BY_HOST = /\.(js|json|css|html|svg)$/;

/** The bytes a static host sends for a file: text gzipped, Pagefind's own files as they are. */
function transferred(path: string, body: Uint8Array): number {
  return COMPRESSED_BY_HOST.test(path) ? gzipSync(body).length : body.length;
}

interface SetupUnderTest {
  name: 'ours' | 'stock';
  /** Pagefind's options as the setup's dialog gives them. */
  options: object;
  /** Results the dialog shows at first (Pagefind UI's page size): their fragments are loaded. */
  pageSize: number;
}

const OURS: SetupUnderTest = { name: 'ours', options: pagefindOptions('/'), pageSize: searchUiOptions('/').pageSize };
// Starlight's Search.astro: Pagefind UI's defaults (5 results, excerpts of 12 words with sub-results) and its ranking.
const STOCK: SetupUnderTest = { name: 'stock', options: { baseUrl: '/', ranking: STARLIGHT_RANKING, excerptLength: 12 }, pageSize: 5 };

interface Session {
  firstMs: number;
  later: { searchMs: number; shownMs: number; results: number }[];
}

/**
 * The queries in one browser page, as a reader's session: the first from a page that has
 * loaded nothing of the search (the module, Pagefind's options, the filters that Pagefind UI
 * asks for when it starts, the search, the fragments of the results shown), then each later
 * one; with `filterOpen`, as after the reader has opened a filter (ours: `loadFilters()`).
 * `around` is called just before and just after the first query.
 */
async function session(
  browser: Browser,
  origin: string,
  setup: SetupUnderTest,
  queries: string[],
  filterOpen: boolean,
  around: { before?: () => void; after?: () => void } = {},
): Promise<Session> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await page.waitForLoadState('networkidle');
    const [first = '', ...later] = queries;
    around.before?.();
    const firstMs = await page.evaluate(
      async ({ term, options, pageSize, filterOpen }) => {
        const started = performance.now();
        const search = await import(/* @vite-ignore */ new URL('/search/pagefind.js', location.href).href);
        await search.options(options);
        await search.filters();
        if (filterOpen) await search.loadFilters?.();
        const response = await search.search(term);
        await Promise.all(response.results.slice(0, pageSize).map((result: { data: () => Promise<unknown> }) => result.data()));
        return performance.now() - started;
      },
      { term: first, options: setup.options, pageSize: setup.pageSize, filterOpen },
    );
    around.after?.();
    const timings: Session['later'] = [];
    for (const term of later) {
      timings.push(
        await page.evaluate(
          async ({ term, pageSize }) => {
            const search = await import(/* @vite-ignore */ new URL('/search/pagefind.js', location.href).href);
            const started = performance.now();
            const response = await search.search(term);
            const searchMs = performance.now() - started;
            await Promise.all(response.results.slice(0, pageSize).map((result: { data: () => Promise<unknown> }) => result.data()));
            return { searchMs, shownMs: performance.now() - started, results: response.results.length };
          },
          { term, pageSize: setup.pageSize },
        ),
      );
    }
    return { firstMs, later: timings };
  } finally {
    await context.close();
  }
}

type QueryFigures = Omit<ScaleFigures, 'indexBytes' | 'indexFiles' | 'indexSeconds' | 'dictionarySeconds'>;

/** One setup's query figures: a session as the dialog runs it, then one with a filter open. */
async function measure(browser: Browser, setup: SetupUnderTest, overrides: Parameters<typeof serveSite>[1], queries: string[]): Promise<QueryFigures> {
  const served: { path: string; bytes: number; raw: number }[] = [];
  const server = await serveSite(`${siteDir}/`, overrides, (path, body) => {
    if (/^\/(pagefind|search)\//.test(path)) served.push({ path, bytes: transferred(path, body), raw: body.length });
  });
  try {
    let firstQuery: typeof served = [];
    const dialog = await session(browser, server.origin, setup, queries, false, {
      before: () => void served.splice(0),
      after: () => void (firstQuery = served.splice(0)),
    });
    const filterOpen = await session(browser, server.origin, setup, queries, true);
    const firstQueryParts: Record<string, number> = {};
    for (const { path, bytes } of firstQuery) firstQueryParts[partOf(path)] = (firstQueryParts[partOf(path)] ?? 0) + bytes;
    const sum = (key: 'bytes' | 'raw') => firstQuery.reduce((total, file) => total + file[key], 0);
    const middle = (values: number[]) => median(values) ?? 0;
    return {
      firstQueryBytes: sum('bytes'),
      firstQueryRawBytes: sum('raw'),
      firstQueryMs: dialog.firstMs,
      firstQueryParts,
      laterSearchMedianMs: middle(dialog.later.map((t) => t.searchMs)),
      laterShownMedianMs: middle(dialog.later.map((t) => t.shownMs)),
      laterSearchFilterOpenMedianMs: middle(filterOpen.later.map((t) => t.searchMs)),
      laterResultsMedian: middle(dialog.later.map((t) => t.results)),
    };
  } finally {
    await server.close();
  }
}

/** The literal queries of bench/search-queries.yaml, in order. */
function literalQueries(): string[] {
  const entries = parse(readFileSync(join(root, 'bench/search-queries.yaml'), 'utf8')) as Query[];
  return entries.filter(isLiteral).map((entry) => String(entry.q));
}

/** `--pages N` from the command line. */
function pagesArgument(argv: string[]): number {
  const value = argv.find((arg) => arg.startsWith('--pages='))?.slice('--pages='.length) ?? argv[argv.indexOf('--pages') + 1];
  const pages = Number(value);
  if (!Number.isInteger(pages) || pages < 1) throw new Error(`bench:search --pages needs a whole number of pages (e.g. --pages 1000), not "${value}"`);
  return pages;
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;

function printRun(run: ScaleRun): void {
  const rows: [string, (f: ScaleFigures) => number, (n: number) => string][] = [
    ['index size', (f) => f.indexBytes, (n) => `${(n / 1e6).toFixed(2)} MB`],
    ['indexing time', (f) => f.indexSeconds, (n) => `${n.toFixed(1)} s`],
    ['first query bytes (gzip)', (f) => f.firstQueryBytes, kB],
    ['first query bytes (uncompressed)', (f) => f.firstQueryRawBytes, kB],
    ['first query time', (f) => f.firstQueryMs, ms],
    ['later queries: search time (median)', (f) => f.laterSearchMedianMs, ms],
    ['later queries: results shown (median)', (f) => f.laterShownMedianMs, ms],
    ['later queries: search, a filter open (median)', (f) => f.laterSearchFilterOpenMedianMs, ms],
    ['later queries: results (median)', (f) => f.laterResultsMedian, String],
  ];
  console.log(
    `\n${run.pages} pages, ${run.queries} queries (first: ${run.firstQuery}); load average ${run.load.start.toFixed(2)} → ${run.load.end.toFixed(2)} on ${run.load.cores} cores`,
  );
  for (const [label, figure, format] of rows) {
    console.log(
      `  ${label.padEnd(44)} ours ${format(figure(run.ours)).padStart(10)}   stock ${format(figure(run.stock)).padStart(10)}   ours/stock ${(figure(run.ours) / figure(run.stock)).toFixed(2)}`,
    );
  }
  const parts = (f: ScaleFigures) =>
    Object.entries(f.firstQueryParts)
      .map(([part, bytes]) => `${part} ${kB(bytes)}`)
      .join(', ');
  console.log(`  first query, ours: ${parts(run.ours)}\n  first query, stock: ${parts(run.stock)}`);
  if (run.ours.dictionarySeconds !== undefined)
    console.log(`  ours' indexing time includes ${run.ours.dictionarySeconds.toFixed(1)} s for the search module and dictionaries`);
  if (run.pages >= TARGETS.atPages) {
    const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
    console.log(`  target first query <= ${kB(TARGETS.firstQueryBytes)}: ${verdict(run.ours.firstQueryBytes <= TARGETS.firstQueryBytes)}`);
    console.log(`  target later queries' search time <= ${TARGETS.laterSearchMs} ms median: ${verdict(run.ours.laterSearchMedianMs <= TARGETS.laterSearchMs)}`);
  }
}

export async function main(argv = process.argv.slice(2)): Promise<void> {
  const pages = pagesArgument(argv);
  if (argv.includes('--build') || !existsSync(TEMPLATE_PAGE)) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  const startLoad = loadavg()[0] ?? 0;
  const work = join(root, '.bench', `scale-${pages}`);
  const pagesDir = join(work, 'site');
  const bundles = { ours: join(work, 'pagefind-ours'), stock: join(work, 'pagefind-stock') };
  console.error(`writing ${pages} synthetic pages to ${pagesDir}`);
  writePages(pagesDir, synthesize(pages));

  console.error('indexing: stock');
  const stockSeconds = await seconds(() => buildStockIndex({ siteDir: pagesDir, outputDir: bundles.stock }));
  console.error('indexing: ours');
  const built = readBuiltSite(pagesDir);
  const pagefindSeconds = await seconds(() => buildSearchIndex({ pages: built.pages, outputDir: bundles.ours }));
  // A fresh dictionary cache: the figure is the cost of building the dictionaries, not of reading them.
  const dictionaryCache = join(work, 'dictionary-cache');
  rmSync(dictionaryCache, { recursive: true, force: true });
  const glossary = loadSite().glossary.entries.map(({ entry }) => entry);
  const dictionarySeconds = await seconds(() =>
    writeSearchFiles({ siteDir: pagesDir, pages: built.pages, glossary, pageTexts: [], cache: { cacheDir: dictionaryCache } }),
  );

  const queries = literalQueries();
  const browserPath = findChromium();
  if ('error' in browserPath) throw new Error(browserPath.error);
  const browser = await chromium.launch({ executablePath: browserPath.path, args: CHROMIUM_ARGS });
  const figures: Partial<Record<'ours' | 'stock', QueryFigures>> = {};
  try {
    for (const setup of [STOCK, OURS]) {
      console.error(`querying: ${setup.name}`);
      figures[setup.name] = await measure(
        browser,
        setup,
        setup === OURS
          ? { '/pagefind/': bundles.ours, [`/${SEARCH_FOLDER}/`]: join(pagesDir, SEARCH_FOLDER) }
          : { [`/${SEARCH_FOLDER}/pagefind.js`]: { text: STOCK_SEARCH_MODULE }, '/pagefind/': bundles.stock },
        queries,
      );
    }
  } finally {
    await browser.close();
    if (!process.env.BENCH_KEEP) rmSync(pagesDir, { recursive: true, force: true });
  }
  const index = (dir: string) => {
    const { bytes, files } = folderSize(dir);
    return { indexBytes: bytes, indexFiles: files };
  };
  const run: ScaleRun = {
    pages,
    date: new Date().toISOString().slice(0, 10),
    queries: queries.length,
    firstQuery: queries[0] ?? '',
    load: { start: startLoad, end: loadavg()[0] ?? 0, cores: availableParallelism() },
    ours: { ...index(bundles.ours), indexSeconds: pagefindSeconds + dictionarySeconds, dictionarySeconds, ...(figures.ours as QueryFigures) },
    stock: { ...index(bundles.stock), indexSeconds: stockSeconds, ...(figures.stock as QueryFigures) },
  };
  printRun(run);

  const resultsFile = join(RESULTS_DIR, 'search-scale.json');
  const previous: SearchScaleResults = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : { runs: [] };
  const runs = [...previous.runs.filter((other) => other.pages !== pages), run].sort((a, b) => a.pages - b.pages);
  const table = writeResults('search-scale', { runs } satisfies SearchScaleResults);
  console.log(`\n${readFileSync(table, 'utf8')}`);
}
