import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/**
 * Content links to pages by route (`[AWS 页](/aws/#l60)`); this remark plugin puts the
 * site's base path in front of such root-relative links (`/some/sub/aws/#l60`), so they
 * work wherever the site is deployed. Protocol-relative (`//host`) and relative links are left alone.
 */
export function remarkBaseLinks({ base }: { base: string }) {
  const prefix = base.replace(/\/+$/, '');
  return (tree: Root) => {
    if (!prefix) return;
    visit(tree, (node) => {
      if ((node.type === 'link' || node.type === 'definition') && /^\/(?!\/)/.test(node.url)) node.url = `${prefix}${node.url}`;
    });
  };
}
