/**
 * A built page's search filters, read from its tree as Pagefind reads them
 * (`data-pagefind-filter`), for the search dialog's list of filters (../search/filter-values.ts).
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

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

/** The filters of one built page (its parsed tree, ./built-site.ts): each name with its values, once each. */
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
