/**
 * A built page's tree as parse5 gives it (its default tree: elements with `tagName`, `attrs` and
 * `childNodes`), read in place: converting it to hast took a quarter of the time of parsing.
 * Attributes are read by their HTML names (`data-pagefind-body`, `aria-hidden`).
 */
import type { DefaultTreeAdapterMap } from 'parse5';

export type Document = DefaultTreeAdapterMap['document'];
export type Element = DefaultTreeAdapterMap['element'];
export type ParentNode = DefaultTreeAdapterMap['parentNode'];
export type ChildNode = DefaultTreeAdapterMap['childNode'];
/** Anything with attributes: an element, or a copy of its tag and attributes (./page-scan.ts). */
export type WithAttributes = { readonly attrs: readonly { name: string; value: string }[] };

export function isElement(node: ChildNode): node is Element {
  return 'tagName' in node;
}

export function isText(node: ChildNode): node is DefaultTreeAdapterMap['textNode'] {
  return node.nodeName === '#text';
}

/** An attribute's value (`''` for a bare one like `hidden`), or undefined when the element has none. */
export function attribute(element: WithAttributes, name: string): string | undefined {
  for (const attr of element.attrs) if (attr.name === name) return attr.value;
  return undefined;
}

export function classes(element: WithAttributes): string[] {
  return attribute(element, 'class')?.split(/\s+/).filter(Boolean) ?? [];
}

export function hasClass(element: WithAttributes, name: string): boolean {
  // Most elements lack the class: a substring test first, the split only when it may be there.
  const value = attribute(element, 'class');
  return value !== undefined && value.includes(name) && value.split(/\s+/).includes(name);
}

/** The text below a node, as it is in the HTML (no CSS applied). */
export function textOf(node: ParentNode): string {
  return node.childNodes.map((child) => (isText(child) ? child.value : isElement(child) ? textOf(child) : '')).join('');
}

/**
 * Visits every element below a node, in document order, with its ancestors (outermost first).
 * The ancestors are one list, changed as the walk goes: a visitor that keeps them copies them.
 */
export function walk(node: ParentNode, visit: (element: Element, ancestors: readonly Element[]) => void, ancestors: Element[] = []): void {
  for (const child of node.childNodes) {
    if (!isElement(child)) continue;
    visit(child, ancestors);
    ancestors.push(child);
    walk(child, visit, ancestors);
    ancestors.pop();
  }
}

/** The first element below a node, in document order, that passes `test`. */
export function findElement(node: ParentNode, test: (element: Element) => boolean): Element | undefined {
  for (const child of node.childNodes) {
    if (!isElement(child)) continue;
    if (test(child)) return child;
    const found = findElement(child, test);
    if (found) return found;
  }
  return undefined;
}
