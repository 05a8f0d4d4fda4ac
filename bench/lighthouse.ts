/**
 * `npm run bench:lighthouse`: Lighthouse (from @lhci/cli 0.14.0) with the project's Chromium on
 * the home page, a topic page and the figures page of the built site, served locally.
 * Targets: performance >= 0.95; accessibility, best practices and SEO = 1.0.
 * Prints the scores, largest contentful paint and total blocking time, writes them to
 * bench/results/lighthouse.json and the table rendered from it to bench/results/lighthouse.md
 * (bench/tables.ts); exits 1 below target.
 *
 * Usage: npm run bench:lighthouse   (builds first if dist/ is missing)
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../e2e/support/chromium.ts';
import { basePath } from '../src/utils/base-path.ts';
import { type LighthouseResult, writeResults } from './tables.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4329);
const BASE = basePath();
const ROUTES = (process.env.BENCH_ROUTES ?? '/,/aws/,/figures/').split(',');
const TARGETS = { performance: 0.95, accessibility: 1, 'best-practices': 1, seo: 1 } as const;

const browser = findChromium();
if ('error' in browser) {
  console.error(browser.error);
  process.exit(1);
}
if (!existsSync('dist/index.html')) spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });

const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--host', '127.0.0.1', '--port', String(PORT)], { stdio: 'ignore' });
const origin = `http://127.0.0.1:${PORT}`;
try {
  await waitFor(`${origin}${BASE}`);
  const chrome = await chromeLauncher.launch({ chromePath: browser.path, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  let failed = false;
  const results: LighthouseResult[] = [];
  try {
    console.log('| page | performance | accessibility | best practices | SEO | LCP ms | TBT ms |');
    console.log('| --- | --- | --- | --- | --- | --- | --- |');
    for (const route of ROUTES) {
      const url = `${origin}${BASE}${route.replace(/^\//, '')}`;
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(TARGETS) });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { categories, audits } = result.lhr;
      const score = (id: keyof typeof TARGETS) => categories[id]?.score ?? 0;
      const cells = (Object.keys(TARGETS) as (keyof typeof TARGETS)[]).map((id) => {
        const ok = score(id) >= TARGETS[id];
        failed ||= !ok;
        return `${score(id).toFixed(2)}${ok ? '' : ' ✗'}`;
      });
      const ms = (id: string) => Math.round(audits[id]?.numericValue ?? Number.NaN);
      console.log(`| ${route} | ${cells.join(' | ')} | ${ms('largest-contentful-paint')} | ${ms('total-blocking-time')} |`);
      results.push({
        route,
        scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') },
        lcpMs: ms('largest-contentful-paint'),
        tbtMs: ms('total-blocking-time'),
      });
      for (const id of Object.keys(TARGETS) as (keyof typeof TARGETS)[]) {
        if (score(id) >= TARGETS[id]) continue;
        const refs = categories[id]?.auditRefs ?? [];
        const failing = refs.filter((ref) => (audits[ref.id]?.score ?? 1) < 1 && ref.weight > 0).map((ref) => ref.id);
        console.log(`    ${route} ${id}: failing audits: ${failing.join(', ')}`);
      }
    }
  } finally {
    chrome.kill();
  }
  console.log(`Table written to ${writeResults('lighthouse', { date: new Date().toISOString().slice(0, 10), results })}`);
  console.log(`targets: performance >= ${TARGETS.performance}, accessibility/best practices/SEO = 1.0: ${failed ? 'NOT met' : 'met'}`);
  process.exitCode = failed ? 1 : 0;
} finally {
  server.kill();
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
