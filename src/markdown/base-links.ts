import type { HastPluginDefinition } from 'satteri';

/**
 * Puts the site's base path in front of root-relative links written in content:
 * `[AWS](/aws/#l9)` becomes `/some/sub/aws/#l9` when the site is built with
 * `BASE_PATH=/some/sub/`. Contributors write links as the README's page table shows them;
 * the built site works under any base, and the link check of the built site
 * (src/checks/output/links.ts) checks the result. A Sätteri HAST plugin (Astro's Markdown processor).
 */
export function baseLinks(base: string): HastPluginDefinition {
  const prefix = base.replace(/\/?$/, '/');
  return {
    name: 'base-links',
    element: {
      filter: ['a'],
      visit: (node, context) => {
        const href = node.properties['href'];
        if (prefix === '/' || typeof href !== 'string' || !href.startsWith('/') || href.startsWith('//') || href.startsWith(prefix)) return;
        context.setProperty(node, 'href', `${prefix}${href.slice(1)}`);
      },
    },
  };
}
