// @ts-check
/**
 * Shapes one Pagefind result for the reader: plain titles, links to the paragraph
 * (`#l<n>`) or Q&A unit (`#q<n>`) where the match is, and the query in the link so that
 * the target page can highlight it (Pagefind's highlight script reads `pagefind-highlight`).
 */

import { WORD_BREAK } from './segment.js';

/** The URL parameter Pagefind's highlight script reads. */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';

const TRANSCRIPT_ANCHOR = /^[lq]\d+$/;

/**
 * @typedef {{ id: string, location: number }} Anchor
 * @typedef {{ url: string, title?: string, locations?: number[], [key: string]: unknown }} SubResult
 * @typedef {{ url: string, meta: Record<string, string>, anchors?: Anchor[], sub_results?: SubResult[], [key: string]: unknown }} ResultData
 */

/**
 * @param {string} text
 * @returns {string}
 */
const plain = (text) => text.replaceAll(WORD_BREAK, '');

/**
 * `/aws/#x` + 电力 → `/aws/?pagefind-highlight=电力#x`; with `hash`, the hash is replaced.
 * @param {string} url
 * @param {string} query
 * @param {string} [hash]
 * @returns {string}
 */
export function linkWithHighlight(url, query, hash) {
  const link = new URL(url, 'https://site.invalid');
  if (query) link.searchParams.set(HIGHLIGHT_PARAM, query);
  if (hash !== undefined) link.hash = hash;
  return /^https?:\/\//.test(url) ? link.href : `${link.pathname}${link.search}${link.hash}`;
}

/**
 * The transcript anchor (paragraph or Q&A unit) that holds a word location: the last one
 * that starts at or before it.
 * @param {Anchor[]} anchors
 * @param {number} location
 * @returns {string | undefined}
 */
export function anchorAt(anchors, location) {
  let found;
  for (const anchor of anchors) {
    if (anchor.location > location) break;
    if (TRANSCRIPT_ANCHOR.test(anchor.id)) found = anchor.id;
  }
  return found;
}

/**
 * @template {ResultData} T
 * @param {T} data one result's `data()` from Pagefind
 * @param {string} query what the reader typed
 * @returns {T}
 */
export function shapeResult(data, query) {
  const anchors = [...(data.anchors ?? [])].sort((a, b) => a.location - b.location);
  const highlight = query.trim();
  return {
    ...data,
    url: linkWithHighlight(data.url, highlight),
    meta: { ...data.meta, title: plain(data.meta['title'] ?? '') },
    sub_results: (data.sub_results ?? []).map((sub) => {
      const first = sub.locations?.length ? Math.min(...sub.locations) : undefined;
      const anchor = first === undefined ? undefined : anchorAt(anchors, first);
      return {
        ...sub,
        title: plain(sub.title ?? ''),
        url: linkWithHighlight(sub.url, highlight, anchor === undefined ? undefined : `#${anchor}`),
      };
    }),
  };
}
