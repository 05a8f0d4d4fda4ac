/**
 * A built page's search filters, read from its tree as Pagefind reads them
 * (`data-pagefind-filter`), for the search dialog's list of filters (../search/filter-values.ts).
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

/** The text of an element, as Pagefind takes a filter value from it. */
function textOf(node: Element): string {
  const text = (children: ElementContent[]): string =>
    children.map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? text(child.children) : '')).join('');
  return text(node.children).trim();
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
  // A plain walk: unist-util-visit's took a fifth of the time of parsing the page.
  const walk = (children: (RootContent | ElementContent)[]) => {
    for (const element of children) {
      if (element.type !== 'element') continue;
      const [name, value] = elementFilter(element) ?? [];
      if (name && value) {
        const values = filters.get(name) ?? new Set<string>();
        values.add(value);
        filters.set(name, values);
      }
      walk(element.children);
    }
  };
  walk(tree.children);
  return filters;
}
