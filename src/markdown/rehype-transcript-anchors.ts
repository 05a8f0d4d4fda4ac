import type { Root } from 'hast';
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { paragraphId, qaId } from '../calls/routes.ts';

const ANCHOR_OF: Record<string, (line: number) => string> = { Para: paragraphId, QA: qaId };

/**
 * Writes the anchor that `<Para line={9}>` and `<QA line={27}>` render (`l9`, `q27`) onto the
 * element as an `id` attribute, so that starlight-links-validator, which reads `id`s from the
 * page's tree and cannot see inside components, accepts links such as `/aws/#l9` and rejects
 * `/aws/#l99`. The components compute the same id from `line` and ignore this attribute.
 */
export function rehypeTranscriptAnchors() {
  return (tree: Root) => {
    visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElementHast) => {
      const anchor = node.name ? ANCHOR_OF[node.name] : undefined;
      if (!anchor) return;
      const line = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'line');
      const value = Number(typeof line?.value === 'object' ? line.value?.value : line?.value);
      if (!Number.isInteger(value) || node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')) return;
      node.attributes.push({ type: 'mdxJsxAttribute', name: 'id', value: anchor(value) });
    });
  };
}
