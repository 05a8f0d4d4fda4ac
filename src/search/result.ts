/**
 * Shapes one Pagefind result for the reader: plain titles, links to the paragraph
 * (`#l<n>`) or Q&A unit (`#q<n>`) where the match is, and the query in the link so that
 * the target page can highlight it (Pagefind's highlight script reads `pagefind-highlight`).
 */
import { ALIASES_META } from './page-search-data.ts';
import { WORD_BREAK } from './segment.ts';

/** The URL parameter Pagefind's highlight script reads. */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';

const TRANSCRIPT_ANCHOR = /^[lq]\d+$/;

export interface Anchor {
  id: string;
  location: number;
  text?: string;
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

/** Text without tags, word breaks or spaces, to compare an excerpt with the page's text. */
const flat = (html: string) =>
  plain(html.replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, '')
    .toLowerCase();

/** Pagefind's `excerptEllipsis` (src/search/options.ts): it starts an excerpt that does not start its section. */
export const ELLIPSIS = '…';

/** How far back an excerpt may reach for the start of its clause. */
const MAX_REACH_BACK = 30;

const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * An excerpt that starts at a clause boundary. Pagefind starts an excerpt with ELLIPSIS when it
 * does not start its paragraph (or section); such an excerpt reaches back in the page's text
 * (`rawContent`, Pagefind's own) to the clause it starts in, when that is near
 * ("…2芯片。目前" → "…他们正使用50万颗Trainium 2芯片。目前"), or else starts after its first
 * clause end when that comes before the first match ("…量,涵盖电力" → "…涵盖电力").
 */
export function excerptFromClause(excerpt: string, rawContent?: string): string {
  if (!excerpt.startsWith(ELLIPSIS)) return excerpt;
  const body = excerpt.slice(ELLIPSIS.length);
  if (rawContent !== undefined) {
    const text = plain(rawContent);
    const head = plain(body.replace(/<[^>]*>/g, '')).slice(0, 16);
    const at = head ? text.indexOf(head) : -1;
    if (at > 0) {
      const before = text.slice(Math.max(0, at - MAX_REACH_BACK), at);
      const boundary = Math.max(...[...before.matchAll(CLAUSE_OR_BLOCK_END)].map((match) => match.index + match[0].length), -1);
      if (boundary >= 0) return `${ELLIPSIS}${escapeHtml(before.slice(boundary).trimStart())}${body}`;
    }
  }
  const firstMark = body.indexOf('<mark>');
  const end = body.search(CLAUSE_END);
  if (firstMark === -1 || end === -1 || end > firstMark) return excerpt;
  return `${ELLIPSIS}${body.slice(end + 1).trimStart()}`;
}

/** A clause end, or the space Pagefind's text has between blocks before a Han character. */
const CLAUSE_OR_BLOCK_END = /[，,。；;：:、！!？?]|\s(?=\p{Script=Han})/gu;

/**
 * The sub-results that show what was searched for (any of `terms`): Pagefind's plain search
 * locates each word of a phrase apart, so a paragraph with only 芯 of 芯片 is left out; all
 * of them when none does (a match in the title or metadata only).
 */
function showingTerms<S extends SubResult>(subs: S[], terms: readonly string[]): S[] {
  const wanted = terms.map(flat).filter(Boolean);
  const showing = subs.filter((sub) => wanted.some((term) => flat(sub.excerpt ?? '').includes(term)));
  return withoutTitleEchoes(showing.length > 0 ? showing : subs);
}

/**
 * Without the sub-results whose excerpt is only their own title (a match in the heading,
 * "产能与电力 / 产能与电力"), unless nothing else is left: the heading is already the title.
 */
function withoutTitleEchoes<S extends SubResult>(subs: S[]): S[] {
  const withText = subs.filter((sub) => flat(sub.excerpt ?? '').replace(/^…/, '') !== flat(sub.title ?? ''));
  return withText.length > 0 ? withText : subs;
}

/**
 * @param data one result's `data()` from Pagefind
 * @param highlight the words to highlight on the target page (what the reader typed, or the
 *   Chinese words a dictionary found for it)
 * @param terms what a sub-result's excerpt must show to be listed (any of them)
 * @param keepSub which sub-results to keep (a unit filter's, see engine.ts); all by default
 */
export function shapeResult<T extends ResultData>(
  data: T,
  highlight: string,
  terms: readonly string[] = [],
  keepSub: (sub: SubResult) => boolean = () => true,
): T {
  const anchors = [...(data.anchors ?? [])].sort((a, b) => a.location - b.location);
  const query = highlight.trim();
  // The aliases are for the index, not for readers: Pagefind UI would show them as tags.
  const { title = '', ...meta } = data.meta;
  delete meta[ALIASES_META];
  const content = typeof data['raw_content'] === 'string' ? data['raw_content'] : undefined;
  return {
    ...data,
    url: linkWithHighlight(data.url, query),
    meta: { ...meta, title: plain(title) },
    ...(data.excerpt === undefined ? {} : { excerpt: excerptFromClause(data.excerpt, content) }),
    sub_results: showingTerms(data.sub_results ?? [], terms)
      .map((sub) => {
        const hash = new URL(sub.url, 'https://site.invalid').hash;
        const anchor = hash ? undefined : anchorAt(anchors, Math.min(...(sub.locations ?? [Infinity])));
        return {
          ...sub,
          title: plain(sub.title ?? ''),
          ...(sub.excerpt === undefined ? {} : { excerpt: excerptFromClause(sub.excerpt, content) }),
          url: linkWithHighlight(sub.url, query, anchor === undefined ? undefined : `#${anchor}`),
        };
      })
      .filter(keepSub),
  };
}
