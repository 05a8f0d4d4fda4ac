/**
 * `npm run check:size`: page-weight budgets over the built site (`dist/`), gzipped, at least
 * as tight as Starlight's own for its basic example. Prints a table; exits 1 naming the file
 * and the figure for every budget exceeded.
 *
 * - HTML: the home page <= 8 kB plus the gzipped transcript text it quotes (other pages are
 *   reported against the same formula, for information). Starlight's basic example has no
 *   Content-Security-Policy; ours is a meta tag of incompressible hashes, so it is measured
 *   apart, against its own budget (1.5 kB gzipped on every page), and left out of the HTML figure.
 * - JavaScript loaded by a page (its module scripts and their static imports) <= 27 kB.
 * - CSS loaded by a page <= 17 kB.
 * - Fonts: none (Chinese text uses the reader's system fonts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadSite } from '../src/model/site.ts';
import { basePath } from '../src/utils/base-path.ts';

const DIST = process.argv[2] ?? 'dist';
const KB = 1000;
const BUDGET = { html: 8 * KB, csp: 1.5 * KB, js: 27 * KB, css: 17 * KB };
const CSP_META = /<meta http-equiv="content-security-policy"[^>]*>/i;

if (!existsSync(DIST)) {
  console.error(`${DIST}/ does not exist: run \`npm run build\` first.`);
  process.exit(1);
}

const base = basePath();
const gz = (bytes: Buffer | string) => gzipSync(bytes).length;
const files = readdirSync(DIST, { recursive: true, encoding: 'utf8' });

/** A URL in the page (`/base/_astro/x.js`, `./x.js`) → the file in dist/. */
function toFile(url: string, from: string): string | undefined {
  if (/^(https?:)?\/\//.test(url) || url.startsWith('data:')) return undefined;
  const path = url.split(/[?#]/)[0] as string;
  const resolved = path.startsWith('/') ? path.slice(base.length - 1) : posix.join(posix.dirname(from), path);
  return posix.normalize(resolved).replace(/^\/+/, '');
}

function read(file: string): string {
  return readFileSync(join(DIST, file), 'utf8');
}

/** The module scripts a page loads, with their static imports, as dist-relative files. */
function scriptsOf(html: string, page: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string | undefined) => {
    if (!file || seen.has(file) || !existsSync(join(DIST, file))) return;
    seen.add(file);
    for (const match of read(file).matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) visit(toFile(match[1] as string, file));
  };
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) visit(toFile(match[1] as string, page));
  return seen;
}

/** The transcript text each built page quotes (by its file in dist/), for its HTML budget. */
const quoted = new Map<string, string>();
for (const call of loadSite().calls) {
  const source = call.content.source.paragraphs;
  for (const { id, loaded } of call.pages) {
    const text = loaded.page.paragraphs.map((p) => source.find((s) => s.line === p.line)?.text ?? '').join('\n');
    quoted.set(`${id}/index.html`, text);
  }
}

const problems: string[] = [];
const rows: string[][] = [];
for (const page of files.filter((file) => file.endsWith('.html')).sort()) {
  const html = read(page);
  const transcript = quoted.get(page) ?? '';
  const htmlBudget = BUDGET.html + (transcript ? gz(transcript) : 0);
  const csp = CSP_META.exec(html)?.[0] ?? '';
  const cspSize = csp ? gz(html) - gz(html.replace(csp, '')) : 0;
  const htmlSize = gz(html) - cspSize;
  const inlineScripts = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] as string).join('');
  const js = [...scriptsOf(html, page)].reduce((sum, file) => sum + gz(read(file)), inlineScripts ? gz(inlineScripts) : 0);
  const stylesheets = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => toFile(m[1] as string, page));
  const inlineStyles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] as string).join('');
  const css = stylesheets.reduce((sum, file) => sum + (file && existsSync(join(DIST, file)) ? gz(read(file)) : 0), inlineStyles ? gz(inlineStyles) : 0);
  rows.push([page, `${(htmlSize / KB).toFixed(1)} / ${(htmlBudget / KB).toFixed(1)}`, (cspSize / KB).toFixed(1), (js / KB).toFixed(1), (css / KB).toFixed(1)]);
  if (cspSize > BUDGET.csp) problems.push(`${DIST}/${page}: the CSP meta tag is ${cspSize} bytes gzipped, over its budget of ${BUDGET.csp}`);
  if (page === 'index.html' && htmlSize > htmlBudget)
    problems.push(
      `${DIST}/${page}: HTML is ${htmlSize} bytes gzipped, over its budget of ${htmlBudget} (8 kB + ${htmlBudget - BUDGET.html} of quoted transcript)`,
    );
  if (js > BUDGET.js) problems.push(`${DIST}/${page}: loads ${js} bytes of JavaScript gzipped, over the budget of ${BUDGET.js}`);
  if (css > BUDGET.css) problems.push(`${DIST}/${page}: loads ${css} bytes of CSS gzipped, over the budget of ${BUDGET.css}`);
}

const fonts = files.filter((file) => /\.(woff2?|ttf|otf|eot)$/i.test(file));
for (const font of fonts) problems.push(`${DIST}/${font}: a web font is shipped; Chinese text must use system fonts`);
for (const file of files.filter((f) => f.endsWith('.css'))) {
  if (/@font-face/.test(read(file))) problems.push(`${DIST}/${file}: declares @font-face; Chinese text must use system fonts`);
}

const HEADER = ['page', 'HTML kB (gz) / budget', 'CSP kB (gz)', 'JS kB (gz)', 'CSS kB (gz)'];
const widths = HEADER.map((_, i) => Math.max(...[HEADER, ...rows].map((row) => (row[i] ?? '').length)));
const line = (row: string[]) => row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ');
console.log(line(HEADER));
for (const row of rows) console.log(line(row));
console.log(
  `budgets: home page HTML 8 kB + quoted transcript (without the CSP meta), CSP meta ${BUDGET.csp / KB} kB, JS ${BUDGET.js / KB} kB, CSS ${BUDGET.css / KB} kB per page; fonts: ${fonts.length}`,
);
for (const problem of problems) console.error(problem);
if (problems.length) {
  console.error(`page weight: ${problems.length} budget(s) exceeded`);
  process.exitCode = 1;
} else {
  console.log(`page weight: all ${rows.length} pages within budget (${relative(process.cwd(), DIST) || DIST})`);
}
