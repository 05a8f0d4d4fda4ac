import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'parse5';
import { attribute, childElements, hasClass, isElement, type Document, type Element } from './html-tree.ts';
import { pageFilters } from './page-filters.ts';

/**
 * The built site, read once after `astro build`: every page read once, with what the steps
 * after the build need worked out here (its route, its Content-Security-Policy, its search
 * filters, its ids and links), every file's name, and the stylesheets. The output check, the
 * link check, the headers file and the search index all take it; none of them reads dist/ again.
 *
 * A page's tree is parsed when a step asks for it and not kept: the output check takes each
 * page's in turn (one parse per page); kept, the trees raised the peak memory of a 1,000-page
 * build by 150 MB. What the later steps need is read from the first parse and kept.
 */
export interface BuiltPage {
  /** The file in the build folder, with forward slashes: `aws/index.html`. */
  file: string;
  /** The path it is served under, base path excluded: `/`, `/aws/`, `/404.html`. */
  route: string;
  html: string;
  /** Parsed anew on each use (./html-tree.ts): keep it while it is needed, no longer. */
  readonly tree: Document;
  /** Its Content-Security-Policy, as in its `<meta http-equiv>` (undefined without one). */
  readonly csp: string | undefined;
  /** Its search filters (./page-filters.ts). */
  readonly filters: Map<string, Set<string>>;
  /** The ids of its elements. */
  readonly ids: Set<string>;
  /** Its links (`<a href>`), each as written and whether it is in the page's content (not the layout). */
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

export function readBuiltSite(dir: string): BuiltSite {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
  const pages = files.filter((file) => file.endsWith('.html')).map((file) => builtPage(file, readFileSync(join(dir, file), 'utf8')));
  const stylesheets = files.filter((file) => file.endsWith('.css')).map((file) => readFileSync(join(dir, file), 'utf8'));
  return { dir, pages, files, stylesheets };
}

/** What later steps keep of a page's tree, read from its first parse. */
const FACTS = ['csp', 'filters', 'ids', 'links', 'searched', 'redirect', 'fragmentRedirect'] as const;
type PageFacts = Pick<BuiltPage, (typeof FACTS)[number]>;
const factsOf = (tree: Document): PageFacts => ({ csp: cspOf(tree), filters: pageFilters(tree), ...idsAndLinks(tree) });

/** A page whose tree is parsed on demand; each fact (PageFacts) comes from the first parse, whichever step asks first. */
function builtPage(file: string, text: string): BuiltPage {
  let facts: PageFacts | undefined;
  const page = {
    file,
    route: routeOfFile(file),
    html: text,
    get tree() {
      const tree = parseHtml(text);
      facts ??= factsOf(tree);
      return tree;
    },
  };
  for (const key of FACTS) Object.defineProperty(page, key, { enumerable: true, get: () => (facts ??= factsOf(parseHtml(text)))[key] });
  return page as BuiltPage;
}

/**
 * A built page's HTML as a tree, by parse5, without source positions (a fifth of the parse): no
 * step reports a built page's line. Read in place (./html-tree.ts), not converted to hast.
 * (Sätteri's native `htmlToHast` is faster: the output check took 0.08 s instead of 0.18 in a
 * 10-page build, 0.35 instead of 0.48 at 100 pages; but it keeps about 0.1 MB of native memory per
 * page, and at 1,000 pages that build's peak memory was 1.57 times stock Starlight's, over the 1.5 target.)
 */
export function parseHtml(html: string): Document {
  return parse(html);
}

/** `index.html` → `/`, `aws/index.html` → `/aws/`, `404.html` → `/404.html`. */
export function routeOfFile(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The content of `<meta http-equiv="content-security-policy">` in the page's head. */
function cspOf(tree: Document): string | undefined {
  const htmlElement = childElements(tree).find((element) => element.tagName === 'html');
  const head = htmlElement && childElements(htmlElement).find((element) => element.tagName === 'head');
  const meta =
    head && childElements(head).find((element) => element.tagName === 'meta' && attribute(element, 'http-equiv')?.toLowerCase() === 'content-security-policy');
  return meta ? (attribute(meta, 'content') ?? '') : undefined;
}

/** The element of Starlight's layout that holds a page's content. */
const CONTENT = 'sl-markdown-content';

function idsAndLinks(tree: Document): Pick<PageFacts, 'ids' | 'links' | 'searched' | 'redirect' | 'fragmentRedirect'> {
  const ids = new Set<string>();
  const links: BuiltLink[] = [];
  let searched = false;
  let redirect: string | undefined;
  let fragmentRedirect: string | undefined;
  const walk = (element: Element, inContent: boolean) => {
    const content = inContent || hasClass(element, CONTENT);
    for (const { name, value } of element.attrs) {
      if (name === 'id') ids.add(value);
      else if (name === 'data-pagefind-body') searched = true;
      else if (name === 'data-redirect-to') redirect ??= value;
      else if (name === 'data-fragment-redirect') fragmentRedirect ??= value;
      else if (name === 'href' && element.tagName === 'a') links.push({ href: value, inContent: content });
    }
    for (const child of element.childNodes) if (isElement(child)) walk(child, content);
  };
  for (const child of tree.childNodes) if (isElement(child)) walk(child, false);
  return { ids, links, searched, redirect, fragmentRedirect };
}
