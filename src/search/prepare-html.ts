import { segmentForIndex } from './segment.ts';

/** Elements whose content is not page text, kept as they are. */
const RAW_TEXT = /<(script|style|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;

/** Text outside tags. Inserting word breaks never adds `<`, `>` or quotes, so markup stays intact. */
const TEXT_OUTSIDE_TAGS = /(^|>)([^<]+)/g;

/**
 * The end of a block: readers see a break there, but Pagefind joins the text of adjacent
 * blocks (`<td>20.2%</td><td>2025</td>` would index the word "20.2%2025"). A space before
 * each block's end keeps the words apart.
 */
const BLOCK_END =
  /<\/(?:address|article|aside|blockquote|caption|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|li|main|nav|ol|p|section|table|td|th|tr|ul)>|<br\s*\/?>/gi;

/** The search metadata the index reads: `<meta data-pagefind-meta="aliases[content]" content="...">`. */
const SEARCH_META = /(<meta\b[^>]*\bdata-pagefind-meta="[^"]*"[^>]*\bcontent=")([^"]*)(")/gi;

/**
 * A built page as the search index should read it: its text segmented with the site's
 * one segmentation (src/search/segment.ts), and so is the text of its search
 * metadata (`<meta data-pagefind-meta="aliases[content]" content="...">`).
 * The page served to readers is not changed; only the copy given to Pagefind is.
 * It works on the HTML text rather than a parsed tree: a build of 1,000 pages would
 * otherwise spend seconds parsing and serialising pages only to add word breaks.
 */
export function prepareHtmlForIndex(html: string): string {
  let prepared = '';
  let last = 0;
  for (const raw of html.matchAll(RAW_TEXT)) {
    prepared += segmentMarkup(html.slice(last, raw.index)) + raw[0];
    last = raw.index + raw[0].length;
  }
  return prepared + segmentMarkup(html.slice(last));
}

function segmentMarkup(markup: string): string {
  return markup
    .replace(BLOCK_END, ' $&')
    .replace(TEXT_OUTSIDE_TAGS, (_, before: string, text: string) => `${before}${segmentForIndex(text)}`)
    .replace(SEARCH_META, (_, start: string, content: string, end: string) => `${start}${segmentForIndex(content)}${end}`);
}
