/**
 * A built page as hast, for the tests and benchmarks that find elements with hast tools
 * (CSS selectors, unist visitors): parsed as the post-build steps parse it (src/built/page-scan.ts),
 * then converted. The site's own steps read parse5's tree in place and never convert it.
 */
import type { Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { parseHtml } from '../../src/built/page-scan.ts';

export function hastOf(html: string): Root {
  return fromParse5(parseHtml(html)) as Root;
}
