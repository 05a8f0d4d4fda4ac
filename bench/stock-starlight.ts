/**
 * A stock Starlight site with the same text as this project's pages: the baseline that the
 * benchmarks measure ours against in the same run (bench:build on synthetic pages,
 * bench:lighthouse on the pages of the built site). It is set up in a folder inside the project
 * (`benchFolder`), so that it resolves Astro and Starlight from this project's node_modules:
 * nothing is installed, and it runs the very versions this site runs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Astro's command line, run with the project's Node by both sites. */
export const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

/** The Starlight version both sites run. */
export const STARLIGHT_VERSION = (JSON.parse(readFileSync(join(ROOT, 'node_modules/@astrojs/starlight/package.json'), 'utf8')) as { version: string }).version;

/** A page of the stock site: its id under src/content/docs (`index` for the home page) and its Markdown. */
export interface StockPage {
  slug: string;
  title: string;
  description: string;
  /** The page's Markdown, safe in MDX (no JSX, no expressions). */
  body: string;
}

/** Starlight's `sidebar` option: links by slug or URL, and labelled groups of them. */
export type StockSidebarItem = { label: string; slug: string } | { label: string; link: string } | { label: string; items: StockSidebarItem[] };

/** A fresh folder for a benchmark's sites under .bench-tmp/ (git-ignored), named after `name`. */
export function benchFolder(name: string): string {
  mkdirSync(join(ROOT, '.bench-tmp'), { recursive: true });
  return mkdtempSync(join(ROOT, '.bench-tmp', `${name}-`));
}

export function write(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** The MDX file of a stock page: its frontmatter and its body. */
export function stockPage(page: StockPage): string {
  return `---
title: ${JSON.stringify(page.title)}
description: ${JSON.stringify(page.description)}
---

${page.body.trim()}
`;
}

/** Writes a stock Starlight project (zh-CN, the given sidebar and pages) into `dir`. */
export function setUpStock(dir: string, pages: StockPage[], sidebar: StockSidebarItem[]): void {
  // Astro finds the packages to bundle (Starlight) from package.json: declare the same ones.
  const { dependencies } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  write(join(dir, 'package.json'), JSON.stringify({ name: 'stock-starlight', type: 'module', private: true, dependencies }));
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

/** What a build took: wall time and peak memory (from /usr/bin/time, NaN without it), and its output. */
export interface SiteBuild {
  seconds: number;
  peakMB: number;
  output: string;
}

/** `astro build` in `dir` (either site of a benchmark); throws with the end of the output when it fails. */
export function buildSite(dir: string): SiteBuild {
  const useTime = existsSync('/usr/bin/time');
  const command = useTime ? '/usr/bin/time' : process.execPath;
  const args = useTime ? ['-f', '@@%e %M', process.execPath, ASTRO, 'build'] : [ASTRO, 'build'];
  const started = performance.now();
  const result = spawnSync(command, args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, maxBuffer: 256 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  if (result.error) throw new Error(`could not run astro build in ${dir}: ${result.error.message}`);
  if (result.status !== 0) {
    console.error(result.stdout.slice(-3000), result.stderr.slice(-3000));
    throw new Error(`build failed in ${dir}`);
  }
  const peakKB = Number(/@@[\d.]+ (\d+)/.exec(result.stderr)?.[1] ?? Number.NaN);
  return { seconds, peakMB: peakKB / 1024, output: `${result.stdout}\n${result.stderr}` };
}
