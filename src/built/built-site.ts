import type { Element, Root, RootContent } from 'hast';
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

/**
 * The built site, read once after `astro build`: every page read once and parsed at most once
 * (when a step first needs its tree), with what the steps after the build need worked out here
 * (its route, its Content-Security-Policy), and the stylesheets. The output check, the headers file and the search index all take it; none of
 * them reads dist/ again.
 */
export interface BuiltPage {
  /** The file in the build folder, with forward slashes: `aws/index.html`. */
  file: string;
  /** The path it is served under, base path excluded: `/`, `/aws/`, `/404.html`. */
  route: string;
  html: string;
  tree: Root;
  /** Its Content-Security-Policy, as in its `<meta http-equiv>` (undefined without one). */
  csp: string | undefined;
}

export interface BuiltSite {
  dir: string;
  /** In file order. */
  pages: BuiltPage[];
  stylesheets: string[];
}

const html = unified().use(rehypeParse);

export function readBuiltSite(dir: string): BuiltSite {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(sep).join('/'))
    .sort();
  const pages = files.filter((file) => file.endsWith('.html')).map((file) => builtPage(file, readFileSync(join(dir, file), 'utf8')));
  const stylesheets = files.filter((file) => file.endsWith('.css')).map((file) => readFileSync(join(dir, file), 'utf8'));
  return { dir, pages, stylesheets };
}

/** A page whose tree is parsed the first time a step asks for it, and then kept. */
function builtPage(file: string, text: string): BuiltPage {
  let tree: Root | undefined;
  const parsed = () => (tree ??= html.parse(text));
  return {
    file,
    route: routeOfFile(file),
    html: text,
    get tree() {
      return parsed();
    },
    get csp() {
      return cspOf(parsed());
    },
  };
}

/** `index.html` → `/`, `aws/index.html` → `/aws/`, `404.html` → `/404.html`. */
export function routeOfFile(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The content of `<meta http-equiv="content-security-policy">` in the page's head. */
function cspOf(tree: Root): string | undefined {
  const htmlElement = tree.children.find((node): node is Element => node.type === 'element' && node.tagName === 'html');
  const head = htmlElement?.children.find((node): node is Element => node.type === 'element' && node.tagName === 'head');
  const meta = head?.children.find(
    (node: RootContent): node is Element =>
      node.type === 'element' && node.tagName === 'meta' && String(node.properties['httpEquiv'] ?? '').toLowerCase() === 'content-security-policy',
  );
  return meta ? String(meta.properties['content'] ?? '') : undefined;
}
