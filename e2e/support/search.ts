import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { Page } from '@playwright/test';
import type { ElementContent, Root, RootContent } from 'hast';
import { hastOf } from '../../tests/support/hast.ts';
import { OUT_DIR, sitePath } from './site.ts';
import { expect } from './test.ts';

/** Searches from the current page's search dialog and expects `route` among the results. */
export async function expectSearchFinds(page: Page, query: string, route: string): Promise<void> {
  const dialog = page.getByRole('dialog');
  if (!(await dialog.isVisible())) await page.getByRole('button', { name: '搜索' }).click();
  await dialog.getByRole('textbox', { name: '搜索' }).fill(query);
  await expect(resultLink(page, route).first(), `search for ${query}`).toBeVisible();
}

/** Result links to a route, with or without a highlight query or an anchor (`/aws/?pagefind-highlight=…#l9`). */
export function resultLink(page: Page, route: string) {
  const path = sitePath(route);
  return page.locator(['', '?', '#'].map((suffix) => `.pagefind-ui__result-link[href${suffix ? '^' : ''}="${path}${suffix}"]`).join(', '));
}

/** Opens the search dialog on `route` with its button; returns the search box. */
export async function openSearch(page: Page, route = '/') {
  await page.goto(sitePath(route));
  await page.getByRole('button', { name: '搜索' }).click();
  return page.getByRole('dialog').getByRole('textbox', { name: '搜索' });
}

/** Waits until the dialog shows the finished results of `query`; returns their page paths, in order. */
export async function shownResults(page: Page, query: string): Promise<string[]> {
  const message = page.locator('#starlight__search .pagefind-ui__message');
  await expect(message).toContainText(query);
  await expect(message).not.toContainText('正在搜索');
  // Each result fills in when its data has loaded.
  await expect(page.locator('#starlight__search .pagefind-ui__loading')).toHaveCount(0);
  return page
    .locator('#starlight__search .pagefind-ui__result-inner > .pagefind-ui__result-title > .pagefind-ui__result-link')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

/**
 * The search box of the home page's dialog: the dialog already open on the home page (the
 * previous search of a test, or of a serial group that shares the page), as a reader searches
 * again, else opened on a newly loaded home page.
 */
export async function homeSearchBox(page: Page) {
  const dialog = page.getByRole('dialog');
  const url = new URL(page.url());
  const onHome = url.protocol.startsWith('http') && url.pathname === sitePath('/');
  return onHome && (await dialog.isVisible()) ? dialog.getByRole('textbox', { name: '搜索' }) : openSearch(page);
}

/** Searches from the home page's dialog (`homeSearchBox`); returns the result page paths, in order. `shownResults` waits for this very query's results. */
export async function search(page: Page, query: string): Promise<string[]> {
  await (await homeSearchBox(page)).fill(query);
  return shownResults(page, query);
}

/** Each sub-result shown in the dialog: its title, link and excerpt text. */
export function subResults(page: Page) {
  return page.locator('#starlight__search .pagefind-ui__result-nested').evaluateAll((items) =>
    items.map((item) => ({
      title: item.querySelector('.pagefind-ui__result-link')?.textContent?.trim() ?? '',
      href: item.querySelector('a')?.getAttribute('href') ?? '',
      excerpt: item.querySelector('.pagefind-ui__result-excerpt')?.textContent ?? '',
    })),
  );
}

/** Elements whose end readers see as a break (the index gets a space there too: src/search/prepare-html.ts). */
const BLOCKS = new Set(
  'address article aside blockquote br caption dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header li main nav ol p section table td th tr ul'.split(
    ' ',
  ),
);

/** Elements Pagefind leaves out of a page's text by itself (the page footer's "上一页 芯片" is not a match). */
const NOT_INDEXED = new Set(['footer', 'form', 'header', 'nav', 'noscript', 'script', 'style', 'svg', 'template']);

/** The text of a node as Pagefind reads it: without `data-pagefind-ignore` parts, a space after each block. */
function indexedTextOf(node: Root | RootContent | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'root' && node.type !== 'element') return '';
  if (node.type === 'element' && (node.properties['dataPagefindIgnore'] !== undefined || NOT_INDEXED.has(node.tagName))) return '';
  const text = node.children.map(indexedTextOf).join('');
  return node.type === 'element' && BLOCKS.has(node.tagName) ? `${text} ` : text;
}

/** The main text of an element tree: the text of its `data-pagefind-body` element, if it has one. */
function bodyText(node: Root | RootContent): string | undefined {
  if (node.type === 'element' && node.properties['dataPagefindBody'] !== undefined) return indexedTextOf(node);
  if (node.type !== 'root' && node.type !== 'element') return undefined;
  for (const child of node.children) {
    const text = bodyText(child);
    if (text !== undefined) return text;
  }
  return undefined;
}

let indexed: Map<string, string> | undefined;
/** The text the search indexes, per page path (`/sub/amazon-2025-q3/aws/`): the fixture build's pages that have a search body. */
function indexedPages(): Map<string, string> {
  if (indexed) return indexed;
  indexed = new Map();
  for (const file of readdirSync(OUT_DIR, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('index.html'))) {
    const text = bodyText(hastOf(readFileSync(join(OUT_DIR, file), 'utf8')));
    const folders = file.split(sep).slice(0, -1);
    if (text !== undefined) indexed.set(sitePath(folders.map((folder) => `${folder}/`).join('')), text.replace(/\s+/g, ' '));
  }
  return indexed;
}

/** The text the search indexes of the page at `path` (`/sub/amazon-2025-q3/aws/`), spaces collapsed as in excerpts. */
export function indexedText(path: string): string | undefined {
  return indexedPages().get(path);
}

/** The paths of the pages whose indexed text contains `text` (letter case aside), sorted: what a literal query must find. */
export function pagesWithText(text: string): string[] {
  const wanted = text.toLowerCase();
  return [...indexedPages()]
    .filter(([, body]) => body.toLowerCase().includes(wanted))
    .map(([path]) => path)
    .sort();
}
