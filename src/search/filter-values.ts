/**
 * The search filters of the built pages, read at build time, so that the search dialog can
 * offer them without asking Pagefind to load its filter index. Pagefind counts every filter
 * value it has loaded on every search (a cost that grows with the site: at 10,000 pages it is
 * most of a query's time), while the dialog shows the counts only once the reader opens a
 * filter. The engine (./engine.ts) serves these values until then, and Pagefind's own counts after.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { FilterCounts } from './page-search-data.ts';

/** The text of an element, as Pagefind takes a filter value from it. */
function textOf(node: Element): string {
  let text = '';
  visit(node, 'text', (child) => {
    text += child.value;
  });
  return text.trim();
}

/**
 * One filter, from an element's `data-pagefind-filter` in Pagefind's three forms: `name:value`,
 * `name[attribute]` (the value is that attribute's) and `name` (the value is the element's text).
 */
function elementFilter(element: Element): [string, string] | undefined {
  const spec = element.properties['dataPagefindFilter'];
  if (typeof spec !== 'string') return undefined;
  const fromAttribute = /^(.+)\[([^\]]+)\]$/.exec(spec.trim());
  if (fromAttribute) {
    const [, name = '', attribute = ''] = fromAttribute;
    const value = element.properties[attribute.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())];
    return typeof value === 'string' ? [name.trim(), value.trim()] : undefined;
  }
  const colon = spec.indexOf(':');
  if (colon >= 0) return [spec.slice(0, colon).trim(), spec.slice(colon + 1).trim()];
  return [spec.trim(), textOf(element)];
}

/** The filters of one built page (its parsed tree, src/built/built-site.ts): each name with its values, once each. */
export function pageFilters(tree: Root): Map<string, Set<string>> {
  const filters = new Map<string, Set<string>>();
  visit(tree, 'element', (element) => {
    const [name, value] = elementFilter(element) ?? [];
    if (!name || !value) return;
    const values = filters.get(name) ?? new Set<string>();
    values.add(value);
    filters.set(name, values);
  });
  return filters;
}

/**
 * The pages' filters counted: for each filter value, the number of pages that have it. Names
 * and values in code point order, as Pagefind lists them, so that the dialog's list keeps its
 * order when Pagefind's own counts replace these.
 */
export function countFilters(pages: Iterable<Map<string, Set<string>>>): FilterCounts {
  const counts = new Map<string, Map<string, number>>();
  for (const page of pages) {
    for (const [name, values] of page) {
      const byValue = counts.get(name) ?? new Map<string, number>();
      for (const value of values) byValue.set(value, (byValue.get(value) ?? 0) + 1);
      counts.set(name, byValue);
    }
  }
  const sorted = <T>(map: Map<string, T>) => [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(sorted(counts).map(([name, byValue]) => [name, Object.fromEntries(sorted(byValue))]));
}
