/**
 * `npm run bench:lighthouse`: Lighthouse (bench/package.json, installed on first use) with the project's Chromium on
 * the home page, a topic page and the figures page of the newest call, for the built site and,
 * beside it in the same run, for stock Starlight with the same text (bench/stock-pages.ts, built
 * once per run in .bench-tmp/). Each page is measured BENCH_RUNS times (default 5) on each site,
 * the two sites alternating run by run (the order swapped every run) so that they share the
 * machine's noise; one warm-up run per site is not counted. Each figure is the median of its runs.
 * Targets, for this site: performance >= 0.95; accessibility, best practices and SEO = 1.0.
 * Prints the medians of both sites, the difference and the ratio, and the load average of the
 * machine (start, end, highest during the run); writes them with every run to
 * bench/results/lighthouse.json and the table rendered from it to bench/results/lighthouse.md
 * (bench/tables.ts); exits 1 below target.
 *
 * Usage: npm run bench:lighthouse   (builds first if dist/ is missing)
 *   BENCH_RUNS=5  BENCH_PORT=4329 (the stock site is served on the next port)
 *   BENCH_ROUTES=/,/<call>/aws/,/<call>/figures/   BENCH_KEEP=1 keeps the stock site
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../e2e/support/chromium.ts';
import { loadCalls } from '../src/model/calls.ts';
import { basePath } from '../src/utils/base-path.ts';
import { stockSiteFromDist } from './stock-pages.ts';
import { benchImport } from './ensure-deps.ts';
import { ASTRO, benchFolder, buildSite, ROOT, setUpStock, STARLIGHT_VERSION } from './stock-starlight.ts';
import { CATEGORIES, type Category, type LighthouseResults, type LighthouseRun, medianRun, writeResults } from './tables.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4329);
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const BASE = basePath();
const TARGETS: Record<Category, number> = { performance: 0.95, accessibility: 1, 'best-practices': 1, seo: 1 };

/** The parts of Lighthouse's and chrome-launcher's APIs used here (their own types are in bench/node_modules/, which the site's type check does not need). */
interface LighthouseResult {
  lhr: {
    lighthouseVersion: string;
    categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] } | undefined>;
    audits: Record<string, { score: number | null; numericValue?: number } | undefined>;
  };
}
type Lighthouse = (url: string, flags: { port: number; output: 'json'; logLevel: 'error'; onlyCategories: string[] }) => Promise<LighthouseResult | undefined>;
interface ChromeLauncher {
  launch(options: { chromePath: string; chromeFlags: string[] }): Promise<{ port: number; kill(): unknown }>;
}
const { default: lighthouse } = await benchImport<{ default: Lighthouse }>('lighthouse');
const chromeLauncher = await benchImport<ChromeLauncher>('chrome-launcher');

const browser = findChromium();
if ('error' in browser) {
  console.error(browser.error);
  process.exit(1);
}
const newest = loadCalls().calls[0]?.id;
if (!newest && !process.env.BENCH_ROUTES) {
  console.error('No call in content/calls/: set BENCH_ROUTES to the pages to measure.');
  process.exit(1);
}
const ROUTES = (process.env.BENCH_ROUTES ?? `/,/${newest}/aws/,/${newest}/figures/`).split(',');

if (!existsSync(join(ROOT, 'dist/index.html'))) spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });

const load = { cpus: cpus().length, start: loadavg(), end: loadavg(), max1: loadavg()[0] ?? 0 };
const sampleLoad = () => {
  load.end = loadavg();
  load.max1 = Math.max(load.max1, load.end[0] ?? 0);
};

const work = benchFolder('lighthouse');
const servers: ChildProcess[] = [];
try {
  console.error(`Building stock Starlight ${STARLIGHT_VERSION} with the text of ${ROUTES.join(', ')} and of their sidebar's pages…`);
  const stock = stockSiteFromDist(join(ROOT, 'dist'), ROUTES, BASE);
  setUpStock(work, stock.pages, stock.sidebar);
  console.error(`  ${stock.pages.length} pages built in ${buildSite(work).seconds.toFixed(0)} s`);
  sampleLoad();

  const sites = {
    ours: serve(ROOT, PORT, BASE),
    stock: serve(work, PORT + 1, '/'),
  };
  await Promise.all([waitFor(sites.ours), waitFor(sites.stock)]);
  const chrome = await chromeLauncher.launch({ chromePath: browser.path, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  // The user agent says 156.0.0.0: ask the browser.
  const chromium = /\d+(\.\d+)+/.exec(spawnSync(browser.path, ['--version'], { encoding: 'utf8' }).stdout ?? '')?.[0] ?? 'unknown';
  const versions = { lighthouse: '', chromium, starlight: STARLIGHT_VERSION };
  let failed = false;
  const pages: LighthouseResults['pages'] = [];
  try {
    const measure = async (site: keyof typeof sites, route: string) => {
      const url = `${sites[site]}${route.replace(/^\//, '')}`;
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { categories, audits, lighthouseVersion } = result.lhr;
      versions.lighthouse = lighthouseVersion;
      const ms = (id: string) => Math.round(audits[id]?.numericValue ?? Number.NaN);
      const run: LighthouseRun = {
        scores: Object.fromEntries(CATEGORIES.map((id) => [id, categories[id]?.score ?? 0])) as LighthouseRun['scores'],
        lcpMs: ms('largest-contentful-paint'),
        tbtMs: ms('total-blocking-time'),
      };
      // What keeps a category below target, to print for this site.
      const failing = CATEGORIES.flatMap((id) =>
        (categories[id]?.auditRefs ?? []).filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1).map((ref) => `${id}: ${ref.id}`),
      );
      return { run, failing };
    };

    await measure('ours', ROUTES[0] ?? '/');
    await measure('stock', ROUTES[0] ?? '/');
    for (const route of ROUTES) {
      const runs = { ours: [] as LighthouseRun[], stock: [] as LighthouseRun[] };
      const failing = new Map<string, number>();
      for (let i = 0; i < RUNS; i++) {
        for (const site of i % 2 === 0 ? (['ours', 'stock'] as const) : (['stock', 'ours'] as const)) {
          const measured = await measure(site, route);
          runs[site].push(measured.run);
          if (site === 'ours') for (const id of measured.failing) failing.set(id, (failing.get(id) ?? 0) + 1);
        }
        sampleLoad();
        const line = (site: keyof typeof runs) => `${site} ${runs[site].at(-1)?.scores.performance.toFixed(2)} (TBT ${runs[site].at(-1)?.tbtMs} ms)`;
        console.error(`  ${route} run ${i + 1}/${RUNS}: ${line('ours')}, ${line('stock')}; load ${load.end[0]?.toFixed(2)}`);
      }
      const ours = medianRun(runs.ours);
      pages.push({ route, ours: { median: ours, runs: runs.ours }, stock: { median: medianRun(runs.stock), runs: runs.stock } });
      for (const id of CATEGORIES) {
        if (ours.scores[id] >= TARGETS[id]) continue;
        failed = true;
        const audits = [...failing].filter(([key]) => key.startsWith(`${id}: `)).map(([key, count]) => `${key.slice(id.length + 2)} (${count}/${RUNS})`);
        console.log(`    ${route} ${id} ${ours.scores[id].toFixed(2)} < ${TARGETS[id]}: audits below 1: ${audits.join(', ')}`);
      }
    }
  } finally {
    chrome.kill();
  }
  sampleLoad();
  const results: LighthouseResults = { date: new Date().toISOString().slice(0, 16).replace('T', ' '), runs: RUNS, versions, load, pages };
  const table = writeResults('lighthouse', results);
  console.log(readFileSync(table, 'utf8'));
  console.log(`Table written to ${table}`);
  console.log(`targets for this site (medians): performance >= ${TARGETS.performance}, accessibility/best practices/SEO = 1.0: ${failed ? 'NOT met' : 'met'}`);
  process.exitCode = failed ? 1 : 0;
} finally {
  for (const server of servers) server.kill();
  if (!process.env.BENCH_KEEP) rmSync(work, { recursive: true, force: true });
}

/** `astro preview` of the site in `dir`; returns the URL of its base path. */
function serve(dir: string, port: number, base: string): string {
  servers.push(spawn(process.execPath, [ASTRO, 'preview', '--host', '127.0.0.1', '--port', String(port)], { cwd: dir, stdio: 'ignore' }));
  return `http://127.0.0.1:${port}${base}`;
}

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`${url} did not come up`);
}
