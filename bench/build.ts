/**
 * `npm run bench:build`: how the build scales as calls are added. For 10, 100 and 1,000
 * synthetic topic pages (transcript-like zh-CN paragraphs and Q&A units, made from the real
 * transcript), as calls of 10 pages each (content/calls/<call-id>/ with its own source and
 * call.yaml), it builds the same pages twice in a temporary folder — with this project's full
 * pipeline and with stock Starlight (a sidebar group per call) — and prints wall time, peak
 * memory, dist size, Pagefind index size and the ratio ours/stock. Targets: ratio <= 1.3 and
 * peak memory <= 1.5 × stock at every size; time per page at 1,000 pages no worse than at 100.
 * The figures are written to bench/results/build.json and .md.
 *
 * Both sites are MDX pages with the same text; stock Starlight gets plain blockquotes where ours
 * has the transcript components. Each build runs BENCH_REPS times (default 5), ours and stock in
 * turn; the medians count (time and peak memory each).
 *
 * Usage: npm run bench:build [-- 10 100 1000]
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { folderSize } from './folder-size.ts';
import { benchFolder, buildSite, ROOT, setUpStock, type StockPage, write } from './stock-starlight.ts';
import { type Call, type Page, quarterOf, synthesize } from './synthetic.ts';
import { type BuildResult, writeResults } from './tables.ts';

const SIZES = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const sizes = SIZES.length ? SIZES : [10, 100, 1000];

function callYaml(call: Call): string {
  const { fiscalYear: year, quarter } = quarterOf(call);
  return `company: amazon
fiscalYear: ${year}
quarter: ${quarter}
date: ${year}-${String(quarter * 3).padStart(2, '0')}-28
language: zh-CN
title: 合成电话会 ${call.id}
source:
  sha256: ${createHash('sha256').update(call.source).digest('hex')}
  credit: 构建规模基准测试
  publisher: 合成
topics:
${call.pages.map((page) => `  - { id: ${page.topic}, label: 主题 ${page.topic}, summary: 合成主题。 }`).join('\n')}
`;
}

function oursPage(page: Page): string {
  const para = (line: number, text: string) => `<Para line={${line}}>\n${text}\n</Para>\n`;
  return `---
title: ${page.title}
description: 构建规模基准测试用的合成页面。
topic: ${page.topic}
sourceLines: '${page.lines[0]}-${page.lines.at(-1)}'
---

import { Para, QA, Turn } from '~/components/transcript';

合成页面的编者导语。

## 要点

${page.narrative.map((n) => para(n.line, n.text)).join('')}
## 问答：合成问题

<QA line={${page.qa.line}}>
<Turn speaker="analyst">
${para(page.qa.line, page.qa.question)}</Turn>
<Turn speaker="jassy">
${page.qa.answers.map((a) => para(a.line, a.text)).join('')}</Turn>
</QA>
`;
}

/** The same page for stock Starlight: plain blockquotes where ours has the transcript components. */
function stockPage(page: Page, call: Call): StockPage {
  return {
    slug: page.slug === call.id ? `${call.id}/index` : page.slug,
    title: page.title,
    description: '构建规模基准测试用的合成页面。',
    body: `合成页面的编者导语。

## 要点

${page.narrative.map((n) => `> ${n.text}\n`).join('\n')}
## 问答：合成问题

**提问的分析师**

> ${page.qa.question}

**安迪·贾西，亚马逊首席执行官**

${page.qa.answers.map((a) => `> ${a.text}\n`).join('\n')}`,
  };
}

function setUpOurs(dir: string, calls: Call[]): void {
  for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public', 'scripts']) {
    if (existsSync(join(ROOT, entry))) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  for (const file of readdirSync(join(ROOT, 'content'))) {
    if (file.endsWith('.yaml') || file.endsWith('.json')) cpSync(join(ROOT, 'content', file), join(dir, 'content', file));
  }
  cpSync(join(ROOT, 'content/docs'), join(dir, 'content/docs'), { recursive: true });
  // A contributor's machine: the build caches of the project (node_modules/.cache/), among them
  // CC-CEDICT's sense index, which does not depend on the content, are there from earlier builds.
  // The search dictionaries of the synthetic text are still built on the first build.
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  mkdirSync(join(ROOT, 'node_modules/.cache'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules/.cache'), join(dir, 'node_modules/.cache'), 'dir');
  // The old URLs lead to the published call's pages, which the synthetic site does not have.
  write(join(dir, 'content/redirects.yaml'), '[]\n');
  // The glossary links its terms to the published call's topics (aws, chips …), which the
  // synthetic calls (topics t0 … t9) do not have.
  write(join(dir, 'content/glossary.yaml'), '[]\n');
  for (const call of calls) {
    write(join(dir, 'content/calls', call.id, 'source.txt'), call.source);
    write(join(dir, 'content/calls', call.id, 'call.yaml'), callYaml(call));
    write(join(dir, 'content/calls', call.id, 'figures.yaml'), '[]\n');
    for (const page of call.pages) write(join(dir, 'content/calls', page.slug === call.id ? `${call.id}/index` : page.slug) + '.mdx', oursPage(page));
  }
}

interface Run {
  seconds: number;
  peakMB: number;
  distBytes: number;
  pagefindBytes: number;
}

function build(dir: string): Run {
  const { seconds, peakMB, output } = buildSite(dir);
  // The content checks log their own time (src/integrations/content-checks.ts): print it.
  for (const line of output.split('\n')) {
    if (/\[content-checks\]/.test(line)) console.error(`  ${line.replace(/^.*?\[content-checks\] /, '')}`);
  }
  return { seconds, peakMB, distBytes: folderSize(join(dir, 'dist')).bytes, pagefindBytes: folderSize(join(dir, 'dist/pagefind')).bytes };
}

/** Builds are repeated (BENCH_REPS, default 5) and the medians are kept: the machine is noisy (three runs moved the 100-page ratio by 0.1). */
const REPS = Math.max(1, Number(process.env.BENCH_REPS ?? 5));

/**
 * The run with the median time, with the median of the runs' peak memory: a build's peak varies
 * by up to a quarter from run to run (stock Starlight's 1,000-page build: 1,033 to 1,299 MB).
 */
function median(runs: Run[]): Run {
  const middle = <T>(sorted: T[]) => sorted[Math.floor(sorted.length / 2)] as T;
  const peaks = runs.map((run) => run.peakMB).sort((a, b) => a - b);
  return { ...middle([...runs].sort((a, b) => a.seconds - b.seconds)), peakMB: middle(peaks) };
}

const perPage: Record<number, number> = {};
const results: BuildResult[] = [];
for (const size of sizes) {
  const calls = synthesize(size);
  const work = benchFolder(`build-${size}`);
  try {
    const oursDir = join(work, 'ours');
    const stockDir = join(work, 'stock');
    setUpOurs(oursDir, calls);
    setUpStock(
      stockDir,
      calls.flatMap((call) => call.pages.map((page) => stockPage(page, call))),
      calls.map((call) => ({ label: call.id, items: call.pages.map((page) => ({ slug: page.slug, label: `主题 ${page.topic}` })) })),
    );
    // Alternately, so that a change in the machine's load falls on both.
    const runs = [...Array(REPS)].map(() => ({ stock: build(stockDir), ours: build(oursDir) }));
    const stock = median(runs.map((run) => run.stock));
    const ours = median(runs.map((run) => run.ours));
    perPage[size] = ours.seconds / size;
    results.push({ pages: size, ours, stock, ratio: ours.seconds / stock.seconds });
    console.error(`built ${size} pages: ours ${ours.seconds.toFixed(1)} s, stock ${stock.seconds.toFixed(1)} s`);
  } finally {
    if (!process.env.BENCH_KEEP) rmSync(work, { recursive: true, force: true });
  }
}

const table = writeResults('build', { date: new Date().toISOString().slice(0, 10), results });
console.log(readFileSync(table, 'utf8'));
const ratios = results.map((r) => r.ratio);
console.log(`target ratio <= 1.3 at every size: ${ratios.every((r) => r <= 1.3) ? 'met' : 'NOT met'} (max ${Math.max(...ratios).toFixed(2)})`);
const memory = results.map((r) => r.ours.peakMB / r.stock.peakMB);
console.log(`target peak memory <= 1.5 × stock at every size: ${memory.every((r) => r <= 1.5) ? 'met' : 'NOT met'} (max ${Math.max(...memory).toFixed(2)})`);
if (perPage[100] && perPage[1000]) {
  console.log(
    `time per page at 1000 vs 100: ${(perPage[1000] * 1000).toFixed(0)} ms vs ${(perPage[100] * 1000).toFixed(0)} ms (${perPage[1000] <= perPage[100] ? 'met' : 'NOT met'})`,
  );
}
