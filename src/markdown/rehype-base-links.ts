import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Puts the site's base path in front of root-relative links written in content:
 * `[AWS](/aws/#l9)` becomes `/some/sub/aws/#l9` when the site is built with
 * `BASE_PATH=/some/sub/`. Contributors write links as the README's page table shows them;
 * the built site works under any base, and the link check of the built site
 * (src/checks/output/links.ts) checks the result.
 */
export function rehypeBaseLinks(base: string) {
  const prefix = base.replace(/\/?$/, '/');
  return () => (tree: Root) => {
    if (prefix === '/') return;
    visit(tree, 'element', (node: Element) => {
      const href = node.tagName === 'a' ? node.properties['href'] : undefined;
      if (typeof href !== 'string' || !href.startsWith('/') || href.startsWith('//') || href.startsWith(prefix)) return;
      node.properties['href'] = `${prefix}${href.slice(1)}`;
    });
  };
}
