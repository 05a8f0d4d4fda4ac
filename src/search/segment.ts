/**
 * The one word segmentation of the site's search, shared by the index and the query.
 *
 * Pagefind splits Chinese with jieba when it indexes, but since 1.5 it splits the query
 * with the browser's Intl.Segmenter: the two disagree (芯片 is indexed as 芯|片, 性价比 as
 * one word or two ...) and a search can miss pages that contain the very string typed.
 * Here both sides use the same rule instead: every Han character is a word of its own.
 * The index marks the boundaries with zero-width spaces (Pagefind keeps them as word
 * boundaries and strips them from excerpts); the query puts spaces between the
 * characters and asks Pagefind for the exact phrase, so 电力 finds exactly the pages
 * that contain 电力.
 *
 * Names and numbers are read by the rules of ./normalise.ts on both sides too.
 *
 * The build imports this module (src/search/prepare-html.ts) and the browser gets it
 * bundled into the search engine module (src/search/engine.ts).
 */

import { breakForIndex, queryForms, WORD_BREAK } from './normalise.ts';

export { WORD_BREAK };

/** Queries are cut to this many characters: longer input is not a search term. */
export const MAX_QUERY_LENGTH = 100;

const HAN = /\p{Script=Han}/u;
const BREAK_AROUND_HAN = /(?<=\p{Script=Han})(?=[^\s\u200B])|(?<=[^\s\u200B])(?=\p{Script=Han})/gu;

/**
 * Text as the index should see it: a word break between each Han character and its
 * neighbours, and where ./normalise.ts splits names and numbers.
 * `segmentForIndex('3.8吉瓦')` → `'3.8\u200B吉\u200B瓦'`.
 */
export function segmentForIndex(text: string): string {
  const broken = breakForIndex(text);
  return HAN.test(broken) ? broken.replace(BREAK_AROUND_HAN, WORD_BREAK) : broken;
}

/**
 * The words of a reader's query, split the way the index is: each Han character is a
 * word, other runs split on spaces. Quote characters (which would change Pagefind's
 * query syntax) and control characters are dropped; the input is cut to
 * MAX_QUERY_LENGTH characters. `queryWords('Trainium 3芯片')` → `['Trainium', '3', '芯', '片']`.
 * The query is read in its first form (./normalise.ts); `queryFormWords` gives every form.
 */
export function queryWords(input: string): string[] {
  return queryFormWords(input)[0]?.words ?? [];
}

/** Each form the query may take in the text (a range has three: ./normalise.ts), with its words. */
export function queryFormWords(input: string): { text: string; words: string[] }[] {
  const text = Array.from(String(input)).slice(0, MAX_QUERY_LENGTH).join('');
  return queryForms(text).map((form) => ({ text: form.trim(), words: splitWords(form) }));
}

function splitWords(text: string): string[] {
  return text
    .replace(/["\p{Cc}\u200B]/gu, ' ')
    .replace(BREAK_AROUND_HAN, ' ')
    .split(/\s+/)
    .filter((word) => word.length > 0);
}
