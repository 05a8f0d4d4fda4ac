/**
 * The stock Starlight counterpart of this site's built pages, for bench:lighthouse: each page's
 * text as readers get it (the built HTML of its content area) written back as plain Markdown —
 * headings, paragraphs, blockquotes where ours has transcript paragraphs, lists, tables, links
 * and Starlight asides — with the page's title and description, and the same sidebar. What ours
 * adds beyond the text (the site's scripts, styles, charts, controls, screen-reader hints) is
 * what the comparison measures, so it is left out.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { hastOf } from '../tests/support/hast.ts';
import type { StockPage, StockSidebarItem } from './stock-starlight.ts';

/** Elements whose text stays in a paragraph; any other element starts a block. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'cite',
  'code',
  'data',
  'del',
  'em',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
]);

/** Controls, pictures and what readers do not see: not text of the page. */
function skipped(element: Element): boolean {
  const { hidden, ariaHidden, className } = element.properties;
  const classes = Array.isArray(className) ? className.map(String) : [];
  return (
    ['button', 'script', 'style', 'svg', 'template', 'noscript', 'input', 'select', 'img', 'dialog'].includes(element.tagName) ||
    hidden === true ||
    hidden === '' ||
    ariaHidden === 'true' ||
    classes.includes('sr-only') ||
    classes.includes('sl-anchor-link')
  );
}

function hasClass(element: Element, name: string): boolean {
  const { className } = element.properties;
  return Array.isArray(className) && className.map(String).includes(name);
}

function elements(nodes: (RootContent | ElementContent)[]): Element[] {
  return nodes.filter((node): node is Element => node.type === 'element');
}

/** The first element under `node` (depth first) that `test` accepts. */
function find(node: Root | Element, test: (element: Element) => boolean): Element | undefined {
  for (const child of elements(node.children)) {
    if (test(child)) return child;
    const found = find(child, test);
    if (found) return found;
  }
  return undefined;
}

function findAll(node: Root | Element, test: (element: Element) => boolean): Element[] {
  return elements(node.children).flatMap((child) => (test(child) ? [child] : findAll(child, test)));
}

/** Text as Markdown that reads the same in MDX: every ASCII punctuation mark escaped, white space collapsed. */
function escape(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

function inline(nodes: ElementContent[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return escape(node.value);
      if (node.type !== 'element' || skipped(node)) return '';
      if (node.tagName === 'br') return ' ';
      const text = inline(node.children);
      const href = node.properties['href'];
      if (node.tagName === 'a' && typeof href === 'string' && text.trim()) return `[${text.trim()}](${href.replace(/[\s()]/g, encodeURIComponent)})`;
      return text;
    })
    .join('');
}

/** The Markdown blocks of a run of nodes: inline runs become paragraphs, elements their blocks. */
function blocks(nodes: ElementContent[]): string[] {
  const out: string[] = [];
  let run: ElementContent[] = [];
  const flush = () => {
    const text = inline(run).trim();
    if (text) out.push(text);
    run = [];
  };
  for (const node of nodes) {
    if (node.type === 'text' || (node.type === 'element' && INLINE.has(node.tagName))) {
      run.push(node);
    } else if (node.type === 'element' && !skipped(node)) {
      flush();
      out.push(...block(node));
    }
  }
  flush();
  return out;
}

function block(element: Element): string[] {
  const { tagName } = element;
  const heading = /^h([1-6])$/.exec(tagName);
  if (heading) {
    const text = inline(element.children).trim();
    return text ? [`${'#'.repeat(Number(heading[1]))} ${text}`] : [];
  }
  if (tagName === 'blockquote') {
    const inner = blocks(element.children);
    return inner.length ? [inner.map((text) => text.replace(/^/gm, '> ')).join('\n>\n')] : [];
  }
  if (tagName === 'ul' || tagName === 'ol') {
    const items = elements(element.children)
      .filter((item) => item.tagName === 'li' && !skipped(item))
      .map((item, index) => `${tagName === 'ol' ? `${index + 1}.` : '-'} ${blocks(item.children).join(' ')}`);
    return items.length ? [items.join('\n')] : [];
  }
  if (tagName === 'table') {
    const rows = findAll(element, (row) => row.tagName === 'tr').map((row) =>
      elements(row.children)
        .filter((cell) => cell.tagName === 'td' || cell.tagName === 'th')
        .map((cell) => blocks(cell.children).join(' ')),
    );
    const [header, ...body] = rows;
    if (!header) return [];
    const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
    return [[line(header), line(header.map(() => '---')), ...body.map(line)].join('\n')];
  }
  if (tagName === 'aside' && hasClass(element, 'starlight-aside')) {
    const variant = ['note', 'tip', 'caution', 'danger'].find((name) => hasClass(element, `starlight-aside--${name}`)) ?? 'note';
    const title = find(element, (child) => hasClass(child, 'starlight-aside__title'));
    const content = find(element, (child) => hasClass(child, 'starlight-aside__content'));
    return [`:::${variant}${title ? `[${inline(title.children).trim()}]` : ''}\n${blocks(content?.children ?? []).join('\n\n')}\n:::`];
  }
  if (tagName === 'hr') return ['---'];
  return blocks(element.children);
}

/** A built page of this site as a stock Starlight page with the same text. */
export function stockPageFromHtml(html: string, slug: string): StockPage {
  const tree = hastOf(html);
  const title = find(tree, (element) => element.tagName === 'h1' && element.properties['id'] === '_top');
  const content = find(tree, (element) => hasClass(element, 'sl-markdown-content'));
  if (!title || !content) throw new Error(`page ${slug}: no Starlight title (h1#_top) or content (.sl-markdown-content) in its HTML`);
  const description = find(tree, (element) => element.tagName === 'meta' && element.properties['name'] === 'description')?.properties['content'];
  return {
    slug,
    title: plain(title),
    description: typeof description === 'string' ? description : '',
    body: blocks(content.children).join('\n\n'),
  };
}

/** The sidebar of a built page, as Starlight's `sidebar` option: its groups and links, base path removed. */
export function sidebarFromHtml(html: string, base: string): StockSidebarItem[] {
  const sidebar = find(hastOf(html), (element) => element.tagName === 'ul' && hasClass(element, 'top-level'));
  if (!sidebar) throw new Error('no Starlight sidebar (ul.top-level) in the page');
  const items = (list: Element): StockSidebarItem[] =>
    elements(list.children)
      .filter((item) => item.tagName === 'li')
      .flatMap((item): StockSidebarItem[] => {
        const group = find(item, (element) => element.tagName === 'details');
        if (group) {
          const summary = find(group, (element) => element.tagName === 'summary');
          const nested = find(group, (element) => element.tagName === 'ul');
          return [{ label: plain(summary), items: nested ? items(nested) : [] }];
        }
        const link = find(item, (element) => element.tagName === 'a');
        const href = link?.properties['href'];
        return typeof href === 'string' ? [{ label: plain(link), link: `/${href.startsWith(base) ? href.slice(base.length) : href.replace(/^\//, '')}` }] : [];
      });
  return items(sidebar);
}

function plain(element: Element | undefined): string {
  return element ? inline(element.children).replace(/\\(.)/g, '$1').trim() : '';
}

/** Every link of a sidebar. */
export function sidebarLinks(sidebar: StockSidebarItem[]): string[] {
  return sidebar.flatMap((item) => ('items' in item ? sidebarLinks(item.items) : 'link' in item ? [item.link] : []));
}

/**
 * The stock Starlight site for the built site in `dist`: the pages at `routes` and every page of
 * their sidebar (read from the first route's page), so that both sites have the same pages.
 */
export function stockSiteFromDist(dist: string, routes: string[], base: string): { pages: StockPage[]; sidebar: StockSidebarItem[] } {
  const file = (route: string) => join(dist, route, 'index.html');
  const first = routes[0];
  if (first === undefined) throw new Error('no routes to measure');
  const sidebar = sidebarFromHtml(readFileSync(file(first), 'utf8'), base);
  const pages = [...new Set([...routes, ...sidebarLinks(sidebar)])].map((route) => {
    if (!existsSync(file(route))) throw new Error(`${file(route)} does not exist: build the site (npm run build), or check the route ${route}`);
    const slug = route.replace(/^\/+|\/+$/g, '');
    return stockPageFromHtml(readFileSync(file(route), 'utf8'), slug === '' ? 'index' : slug);
  });
  return { pages, sidebar };
}
