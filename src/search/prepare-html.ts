import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { segmentForIndex } from '../../public/search/segment.js';

/** Elements whose text is not page text. */
const SKIPPED = new Set(['script', 'style', 'template']);

/**
 * A built page as the search index should read it: its text segmented with the site's
 * one segmentation (public/search/segment.js), and so is the text of its search
 * metadata (`<meta data-pagefind-meta="aliases[content]" content="...">`).
 * The page served to readers is not changed; only the copy given to Pagefind is.
 */
export function prepareHtmlForIndex(html: string): string {
  const tree: Root = fromHtml(html);
  visit(tree, (node, _index, parent) => {
    if (node.type === 'text') {
      if (parent?.type === 'element' && SKIPPED.has(parent.tagName)) return;
      node.value = segmentForIndex(node.value);
    }
    if (node.type === 'element' && node.tagName === 'meta' && node.properties['dataPagefindMeta'] !== undefined) {
      const content = node.properties['content'];
      if (typeof content === 'string') node.properties['content'] = segmentForIndex(content);
    }
  });
  return toHtml(tree);
}
