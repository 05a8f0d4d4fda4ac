/**
 * A built page's search filters, read from its tree as Pagefind reads them
 * (`data-pagefind-filter`), for the search dialog's list of filters (../search/filter-values.ts).
 */
import { attribute, textOf, walk, type Document, type Element } from './html-tree.ts';

/**
 * One filter, from an element's `data-pagefind-filter` in Pagefind's three forms: `name:value`,
 * `name[attribute]` (the value is that attribute's) and `name` (the value is the element's text).
 */
function elementFilter(element: Element): [string, string] | undefined {
  const spec = attribute(element, 'data-pagefind-filter');
  if (spec === undefined) return undefined;
  const fromAttribute = /^(.+)\[([^\]]+)\]$/.exec(spec.trim());
  if (fromAttribute) {
    const [, name = '', attributeName = ''] = fromAttribute;
    const value = attribute(element, attributeName.trim());
    return value === undefined ? undefined : [name.trim(), value.trim()];
  }
  const colon = spec.indexOf(':');
  if (colon >= 0) return [spec.slice(0, colon).trim(), spec.slice(colon + 1).trim()];
  return [spec.trim(), textOf(element).trim()];
}

/** The filters of one built page (its parsed tree, ./built-site.ts): each name with its values, once each. */
export function pageFilters(tree: Document): Map<string, Set<string>> {
  const filters = new Map<string, Set<string>>();
  walk(tree, (element) => {
    const [name, value] = elementFilter(element) ?? [];
    if (!name || !value) return;
    const values = filters.get(name) ?? new Set<string>();
    values.add(value);
    filters.set(name, values);
  });
  return filters;
}
