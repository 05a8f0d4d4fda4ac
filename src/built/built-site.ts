import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { scanPage, type PageScan } from './page-scan.ts';
import type { ScanCache } from './scan-cache.ts';

/**
 * The built site, read once after `astro build`: every page read once, with what the steps
 * after the build need worked out here (its route, its Content-Security-Policy, its search
 * filters, its ids and links, its transcript paragraphs), every file's name, and the
 * stylesheets. The output check, the link check, the headers file and the search index all
 * take it; none of them reads dist/ again.
 *
 * A page is parsed once, when a step first asks for any of this, and its tree let go: what the
 * steps need is kept as its scan (./page-scan.ts), or taken from the scans of an earlier build
 * when the page's HTML is the same (./scan-cache.ts).
 */
export interface BuiltPage {
  /** The file in the build folder, with forward slashes: `aws/index.html`. */
  file: string;
  /** The path it is served under, base path excluded: `/`, `/aws/`, `/404.html`. */
  route: string;
  html: string;
  /** All of the following, and the page's transcript paragraphs (for the output check). */
  readonly scan: PageScan;
  /** Its Content-Security-Policy, as in its `<meta http-equiv>` (undefined without one). */
  readonly csp: string | undefined;
  /** Its search filters (./page-filters.ts). */
  readonly filters: Map<string, Set<string>>;
  /** The ids of its elements. */
  readonly ids: Set<string>;
  /** Its links (`<a href>`), each as written and whether it is in the page's content (not the layout): the content's first. */
  readonly links: BuiltLink[];
  /** Whether search indexes it: it has a `data-pagefind-body` element (with one on any page, Pagefind indexes only such pages). */
  readonly searched: boolean;
  /** Where it sends readers, when it is an old address (`<html data-redirect-to>`, src/scripts/redirect.ts). */
  readonly redirect: string | undefined;
  /** Where it sends an old link to a paragraph it no longer has (`data-fragment-redirect`). */
  readonly fragmentRedirect: string | undefined;
}

export interface BuiltLink {
  href: string;
  inContent: boolean;
}

export interface BuiltSite {
  dir: string;
  /** In file order. */
  pages: BuiltPage[];
  /** Every file of the build, pages too, with forward slashes: `favicon.svg`, `aws/index.html`. */
  files: string[];
  stylesheets: string[];
}

/** Reads the build folder; with a cache, a page the cache has scanned is not parsed again. */
export function readBuiltSite(dir: string, cache?: ScanCache): BuiltSite {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
  const pages = files.filter((file) => file.endsWith('.html')).map((file) => builtPage(file, readFileSync(join(dir, file), 'utf8'), cache));
  const stylesheets = files.filter((file) => file.endsWith('.css')).map((file) => readFileSync(join(dir, file), 'utf8'));
  return { dir, pages, files, stylesheets };
}

/** What the steps read of a page, from its scan. */
const FACTS = ['csp', 'filters', 'ids', 'links', 'searched', 'redirect', 'fragmentRedirect'] as const;
type PageFacts = Pick<BuiltPage, (typeof FACTS)[number]>;
const factsOf = (scan: PageScan): PageFacts => ({
  ...scan,
  links: [...scan.contentLinks.map((href) => ({ href, inContent: true })), ...scan.layoutLinks.map((href) => ({ href, inContent: false }))],
  filters: new Map(scan.filters.map(([name, values]) => [name, new Set(values)])),
  ids: new Set(scan.ids),
});

/** A page scanned on first use, from the cache when it has this HTML. */
function builtPage(file: string, html: string, cache: ScanCache | undefined): BuiltPage {
  let scan: PageScan | undefined;
  let facts: PageFacts | undefined;
  const scanned = () => (scan ??= cache ? cache.scan(html, scanPage) : scanPage(html));
  const page = { file, route: routeOfFile(file), html };
  Object.defineProperty(page, 'scan', { enumerable: true, get: scanned });
  for (const key of FACTS) Object.defineProperty(page, key, { enumerable: true, get: () => (facts ??= factsOf(scanned()))[key] });
  return page as BuiltPage;
}

/** `index.html` → `/`, `aws/index.html` → `/aws/`, `404.html` → `/404.html`. */
export function routeOfFile(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}
