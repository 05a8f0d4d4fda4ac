// @ts-check
/**
 * The site's search engine: Pagefind (../pagefind/pagefind.js), with the query segmented
 * the way the index is (./segment.js). Pagefind's UI loads this module in place of
 * pagefind.js (its `bundlePath` points here), so it has the same exports.
 *
 * A query runs twice on the same index: as an exact phrase, which gives exactly the pages
 * that contain the typed string, and as plain words, which gives Pagefind's relevance
 * score (Pagefind scores every exact match alike). The phrase's pages are returned in the
 * order of their scores. When no page contains the phrase (an English alias such as
 * "robots", or several words apart), the plain search's pages are returned.
 */

import { shapeResult } from './result.js';
import { queryWords } from './segment.js';

/**
 * The part of Pagefind's browser API used here (the bundle is written by the build).
 * @typedef {{ id: string, score: number, data: () => Promise<import('./result.js').ResultData> }} PagefindResult
 * @typedef {{ results: PagefindResult[], [key: string]: unknown }} PagefindResponse
 * @typedef {{
 *   search: (term: string, options?: object) => Promise<PagefindResponse>,
 *   preload: (term: string, options?: object) => Promise<void>,
 *   options: (options: object) => Promise<void>,
 *   init: () => Promise<void>,
 *   filters: () => Promise<object>,
 *   mergeIndex: (url: string, options?: object) => Promise<void>,
 *   destroy: () => Promise<void>,
 * }} Pagefind
 */

/** @type {Pagefind} */
const pagefind = await import(new URL('../pagefind/pagefind.js', import.meta.url).href);

export const { destroy, filters, init, mergeIndex, options } = pagefind;

/**
 * @param {string} term
 * @param {object} [searchOptions]
 */
export async function search(term, searchOptions = {}) {
  const words = queryWords(term ?? '').join(' ');
  if (!words) return pagefind.search('', searchOptions);
  const [phrase, plain] = await Promise.all([pagefind.search(`"${words}"`, searchOptions), pagefind.search(words, searchOptions)]);
  const score = new Map(plain.results.map((result) => [result.id, result.score]));
  const found = phrase.results.length > 0 ? phrase : plain;
  const results = phrase.results.length > 0 ? [...phrase.results].sort((a, b) => (score.get(b.id) ?? 0) - (score.get(a.id) ?? 0)) : plain.results;
  return {
    ...found,
    results: results.map((result) => ({ ...result, data: async () => shapeResult(await result.data(), term) })),
  };
}

/**
 * @param {string} term
 * @param {object} [searchOptions]
 */
export async function preload(term, searchOptions = {}) {
  const words = queryWords(term ?? '').join(' ');
  if (words) await pagefind.preload(words, searchOptions);
}
