/**
 * Shapes one Pagefind result for the reader: plain titles, links to the paragraph
 * (`#l<n>`) or Q&A unit (`#q<n>`) where the match is, and the query in the link so that
 * the target page can highlight it (Pagefind's highlight script reads `pagefind-highlight`).
 */
import { WORD_BREAK } from './segment.ts';

/** The URL parameter Pagefind's highlight script reads. */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';

const TRANSCRIPT_ANCHOR = /^[lq]\d+$/;

export interface Anchor {
  id: string;
  location: number;
}
export interface SubResult {
  url: string;
  title?: string;
  locations?: number[];
  excerpt?: string;
  [key: string]: unknown;
}
export interface ResultData {
  url: string;
  meta: Record<string, string>;
  excerpt?: string;
  anchors?: Anchor[];
  sub_results?: SubResult[];
  [key: string]: unknown;
}

const plain = (text: string) => text.replaceAll(WORD_BREAK, '');

/** `/aws/#x` + 电力 → `/aws/?pagefind-highlight=电力#x`; with `hash`, the hash is replaced. */
export function linkWithHighlight(url: string, query: string, hash?: string): string {
  const link = new URL(url, 'https://site.invalid');
  if (query) link.searchParams.set(HIGHLIGHT_PARAM, query);
  if (hash !== undefined) link.hash = hash;
  return /^https?:\/\//.test(url) ? link.href : `${link.pathname}${link.search}${link.hash}`;
}

/**
 * The transcript anchor (paragraph or Q&A unit) that holds a word location: the last one
 * that starts at or before it.
 */
export function anchorAt(anchors: readonly Anchor[], location: number): string | undefined {
  let found: string | undefined;
  for (const anchor of anchors) {
    if (anchor.location > location) break;
    if (TRANSCRIPT_ANCHOR.test(anchor.id)) found = anchor.id;
  }
  return found;
}

/** Clause ends: an excerpt that starts mid-clause starts after the first of these instead. */
const CLAUSE_END = /[，,。；;：:、！!？?]/;

/**
 * An excerpt that starts at a clause boundary: the text before the first clause end is
 * dropped (with an ellipsis) when it comes before the first match, so the excerpt does
 * not start mid-word ("量,涵盖电力…" → "…涵盖电力…").
 */
export function excerptFromClause(excerpt: string): string {
  const firstMark = excerpt.indexOf('<mark>');
  const end = excerpt.search(CLAUSE_END);
  if (firstMark === -1 || end === -1 || end > firstMark) return excerpt;
  return `…${excerpt.slice(end + 1).trimStart()}`;
}

/**
 * @param data one result's `data()` from Pagefind
 * @param highlight the words to highlight on the target page (what the reader typed, or the
 *   Chinese words a dictionary found for it)
 */
export function shapeResult<T extends ResultData>(data: T, highlight: string): T {
  const anchors = [...(data.anchors ?? [])].sort((a, b) => a.location - b.location);
  const query = highlight.trim();
  return {
    ...data,
    url: linkWithHighlight(data.url, query),
    meta: { ...data.meta, title: plain(data.meta['title'] ?? '') },
    ...(data.excerpt === undefined ? {} : { excerpt: excerptFromClause(data.excerpt) }),
    sub_results: (data.sub_results ?? []).map((sub) => {
      const first = sub.locations?.length ? Math.min(...sub.locations) : undefined;
      const anchor = first === undefined ? undefined : anchorAt(anchors, first);
      return {
        ...sub,
        title: plain(sub.title ?? ''),
        ...(sub.excerpt === undefined ? {} : { excerpt: excerptFromClause(sub.excerpt) }),
        url: linkWithHighlight(sub.url, query, anchor === undefined ? undefined : `#${anchor}`),
      };
    }),
  };
}
