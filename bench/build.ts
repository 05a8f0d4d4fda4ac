/**
 * `npm run bench:build`: how the build scales. For 10, 100 and 1,000 synthetic topic pages
 * (transcript-like zh-CN paragraphs and Q&A units, made from the real transcript) it builds
 * the same pages twice in a temporary folder — with this project's full pipeline and with
 * stock Starlight — and prints wall time, peak memory, dist size, Pagefind index size and
 * the ratio ours/stock, and writes them to bench/results/build.json and .md. Targets: ratio <= 1.3 at every size; time per page at 1,000 pages no
 * worse than at 100.
 *
 * Both sites are MDX pages with the same text; stock Starlight gets plain blockquotes where ours
 * has the transcript components. Each build runs BENCH_REPS times (default 3); the median counts.
 *
 * Usage: npm run bench:build [-- 10 100 1000]
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TOPICS } from '../src/topics.ts';
import { type BuildResult, writeResults } from './tables.ts';
import { loadSource } from '../src/transcript/source.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const sizes = SIZES.length ? SIZES : [10, 100, 1000];

interface Page {
  slug: string;
  title: string;
  topic: string;
  lines: number[];
  narrative: { line: number; text: string }[];
  qa: { line: number; question: string; answers: { line: number; text: string }[] };
}

/** N pages, each with three narrative paragraphs and one Q&A unit, numbered so that every sentence is unique. */
function synthesize(count: number): { pages: Page[]; source: string } {
  const real = loadSource();
  const questions = real.filter((p) => p.text.startsWith('问'));
  const prose = real.filter((p) => !p.text.startsWith('问') && p.sentences.length > 0);
  const lines: string[] = [];
  const take = (text: string) => {
    lines.push(text);
    return lines.length;
  };
  const slugs = TOPICS.map((topic) => topic.slug || 'index');
  const pages: Page[] = [];
  for (let i = 0; i < count; i++) {
    const tag = `（第${i + 1}篇）`;
    const pick = (list: typeof real, k: number) => list[(i * 7 + k) % list.length]?.text ?? '';
    const narrative = [0, 1, 2].map((k) => {
      const text = `${tag}${pick(prose, k)}`;
      return { line: take(text), text };
    });
    const question = `问:${tag}${pick(questions, 0).replace(/^问[:：]/, '')}`;
    const qaLine = take(question);
    const answers = [3, 4].map((k) => {
      const text = `${tag}${pick(prose, k)}`;
      return { line: take(text), text };
    });
    const topic = TOPICS[i % TOPICS.length]?.id ?? 'aws';
    pages.push({
      slug: i < slugs.length ? (slugs[i] as string) : `more/page-${String(i + 1).padStart(4, '0')}`,
      title: `合成页面 ${i + 1}`,
      topic,
      lines: [...narrative.map((n) => n.line), qaLine, ...answers.map((a) => a.line)],
      narrative,
      qa: { line: qaLine, question, answers },
    });
  }
  return { pages, source: lines.join('\n') };
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

function stockPage(page: Page): string {
  return `---
title: ${page.title}
description: 构建规模基准测试用的合成页面。
---

合成页面的编者导语。

## 要点

${page.narrative.map((n) => `> ${n.text}\n`).join('\n')}
## 问答：合成问题

**提问的分析师**

> ${page.qa.question}

**安迪·贾西，亚马逊首席执行官**

${page.qa.answers.map((a) => `> ${a.text}\n`).join('\n')}`;
}

function write(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

function duBytes(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + duBytes(join(path, name)), 0);
}

function setUpOurs(dir: string, pages: Page[], source: string): void {
  for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public', 'scripts']) {
    if (existsSync(join(ROOT, entry))) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  for (const file of readdirSync(join(ROOT, 'content'))) {
    if (file.endsWith('.yaml') || file.endsWith('.json')) cpSync(join(ROOT, 'content', file), join(dir, 'content', file));
  }
  // The key figures cite paragraphs of the real transcript, which the synthetic source does not have.
  write(join(dir, 'content/figures.yaml'), '[]\n');
  write(join(dir, 'content/source/amazon-2025-q3.zh-CN.txt'), source);
  // The source is pinned by its SHA-256 (the source-pin rule): pin the synthetic one.
  write(join(dir, 'content/source/amazon-2025-q3.zh-CN.txt.sha256'), `${createHash('sha256').update(source).digest('hex')}  amazon-2025-q3.zh-CN.txt\n`);
  for (const page of pages) write(join(dir, 'content/docs', `${page.slug}.mdx`), oursPage(page));
}

function setUpStock(dir: string, pages: Page[]): void {
  // Astro finds the packages to bundle (Starlight) from package.json: declare the same ones.
  const { dependencies } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  write(join(dir, 'package.json'), JSON.stringify({ name: 'stock-starlight', type: 'module', private: true, dependencies }));
  const sidebar = TOPICS.map((topic) => ({ slug: topic.slug || 'index', label: topic.label }));
  write(
    join(dir, 'astro.config.mjs'),
    `import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
export default defineConfig({
  integrations: [starlight({ title: 'Stock Starlight', defaultLocale: 'root', locales: { root: { label: '简体中文', lang: 'zh-CN' } }, sidebar: ${JSON.stringify(sidebar)} })],
});
`,
  );
  write(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  for (const page of pages) write(join(dir, 'src/content/docs', `${page.slug}.mdx`), stockPage(page));
}

interface Run {
  seconds: number;
  peakMB: number;
  distBytes: number;
  pagefindBytes: number;
}

function build(dir: string): Run {
  const astro = join(ROOT, 'node_modules/astro/bin/astro.mjs');
  const useTime = existsSync('/usr/bin/time');
  const command = useTime ? '/usr/bin/time' : process.execPath;
  const args = useTime ? ['-f', '@@%e %M', process.execPath, astro, 'build'] : [astro, 'build'];
  const started = performance.now();
  const result = spawnSync(command, args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, maxBuffer: 256 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    console.error(result.stdout.slice(-3000), result.stderr.slice(-3000));
    throw new Error(`build failed in ${dir}`);
  }
  const peakKB = Number(/@@[\d.]+ (\d+)/.exec(result.stderr)?.[1] ?? Number.NaN);
  // The content checks log their own time (src/integrations/content-checks.ts): print it.
  for (const line of `${result.stdout}\n${result.stderr}`.split('\n')) {
    if (/\[content-checks\]/.test(line)) console.error(`  ${line.replace(/^.*?\[content-checks\] /, '')}`);
  }
  return { seconds, peakMB: peakKB / 1024, distBytes: duBytes(join(dir, 'dist')), pagefindBytes: duBytes(join(dir, 'dist/pagefind')) };
}

/** Builds are repeated (BENCH_REPS, default 3) and the run with the median time is kept: the machine is noisy. */
const REPS = Math.max(1, Number(process.env.BENCH_REPS ?? 3));

function median(runs: Run[]): Run {
  return [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor(runs.length / 2)] as Run;
}

const perPage: Record<number, number> = {};
const results: BuildResult[] = [];
for (const size of sizes) {
  const { pages, source } = synthesize(size);
  // Inside the project, so that both sites resolve packages from its node_modules without symlinks.
  mkdirSync(join(ROOT, '.bench-tmp'), { recursive: true });
  const work = mkdtempSync(join(ROOT, '.bench-tmp', `build-${size}-`));
  try {
    const oursDir = join(work, 'ours');
    const stockDir = join(work, 'stock');
    setUpOurs(oursDir, pages, source);
    setUpStock(stockDir, pages);
    const stock = median([...Array(REPS)].map(() => build(stockDir)));
    const ours = median([...Array(REPS)].map(() => build(oursDir)));
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
if (perPage[100] && perPage[1000]) {
  console.log(
    `time per page at 1000 vs 100: ${(perPage[1000] * 1000).toFixed(0)} ms vs ${(perPage[100] * 1000).toFixed(0)} ms (${perPage[1000] <= perPage[100] ? 'met' : 'NOT met'})`,
  );
}
