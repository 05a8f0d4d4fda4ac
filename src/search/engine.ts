/**
 * The site's search engine module: Pagefind (../pagefind/pagefind.js) with the query
 * segmented the way the index is (./segment.ts) and read through the site's dictionaries
 * (./dictionary.ts). Pagefind UI loads this module in place of pagefind.js (its
 * `bundlePath` points to the folder the build writes it to), so it has the same exports.
 *
 * A query is answered by the first of these that finds anything:
 * 1. the typed string, traditional characters read as simplified (訂單 → 订单), as an exact
 *    phrase; its pages ranked by Pagefind's score for the same words searched plainly;
 * 2. a Latin query read through the English (CC-CEDICT + glossary) and pinyin dictionaries:
 *    each Chinese word it means searched as a phrase, pages ranked by the words' weights;
 * 3. the words apart (not as one phrase), when every word is on the site.
 * Anything else (a URL, markup, random letters or digits) finds nothing.
 *
 * Every call into Pagefind runs one after the other (Pagefind moves its WebAssembly state,
 * `raw_ptr`, from call to call), in the order asked for; `options()` returns at once (see there).
 */
import {
  DICTIONARY_FILES,
  englishKey,
  englishShard,
  ENGLISH_STOPWORDS,
  lookUpEnglish,
  pinyinKey,
  termsOf,
  toSimplified,
  type Term,
  type TermMap,
  type TraditionalMap,
} from './dictionary.ts';
import { FILTERS_FILE, titleNames, UNIT_FILTERS, type FilterCounts } from './page-search-data.ts';
import { shapeResult, type ResultData, type SubResult } from './result.ts';
import { queryWords } from './segment.ts';

interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data: () => Promise<ResultData>;
}
interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount?: number;
  [key: string]: unknown;
}
type SearchOptions = Record<string, unknown>;
interface Pagefind {
  search: (term: string, options?: SearchOptions) => Promise<PagefindResponse>;
  preload: (term: string, options?: SearchOptions) => Promise<void>;
  options: (options: SearchOptions) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<object>;
  mergeIndex: (url: string, options?: SearchOptions) => Promise<void>;
  destroy: () => Promise<void>;
}

const pagefind = (await import(/* @vite-ignore */ new URL('../pagefind/pagefind.js', import.meta.url).href)) as Pagefind;

let queue: Promise<unknown> = Promise.resolve();
/** Runs Pagefind calls one at a time, in the order they were asked for. */
function serially<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Queued, not awaited: Pagefind applies options only once its worker has loaded the index
 * metadata, and Pagefind UI waits for `options()` before it accepts a search. Meanwhile every
 * keystroke's search waits in the UI's polling loop, and the waiting searches can wake in the
 * wrong order: a spaces-only query typed before 芯片 could finish last and show "未找到 芯片".
 * The queue still applies the options before any later search.
 */
export const options = (value: SearchOptions) => {
  void serially(() => pagefind.options(value));
  return Promise.resolve();
};
export const mergeIndex = (url: string, value?: SearchOptions) => serially(() => pagefind.mergeIndex(url, value));
export const destroy = () => serially(() => pagefind.destroy());

const loaded = new Map<string, Promise<unknown>>();
/** One dictionary file, fetched once, when a query first needs it; an empty one if it cannot be read. */
function dictionary<T>(file: string, empty: T): Promise<T> {
  let promise = loaded.get(file);
  if (!promise) {
    promise = fetch(new URL(`./${file}`, import.meta.url))
      .then((response) => (response.ok ? response.json() : empty))
      .catch(() => empty);
    loaded.set(file, promise);
  }
  return promise as Promise<T>;
}
const traditional = () => dictionary<TraditionalMap>(DICTIONARY_FILES.traditional, { phrases: {}, chars: {} });
const english = async (text: string) => lookUpEnglish(await dictionary<TermMap>(englishShard(englishKey(text)), {}), text);
const pinyin = () => dictionary<TermMap>(DICTIONARY_FILES.pinyin, {});

/**
 * The filters and their values. Pagefind counts every filter it has loaded on every search,
 * which at 10,000 pages is most of a query's time, while the dialog shows the counts only in
 * an open filter. So Pagefind UI starts with the values the build listed (./filter-values.ts),
 * and Pagefind loads its filters when the reader opens one (`loadFilters`); from then on each
 * search returns Pagefind's counts for the query.
 */
export const filters = () => dictionary<FilterCounts>(FILTERS_FILE, {});
let filtersLoaded: Promise<unknown> | undefined;
export const loadFilters = () => (filtersLoaded ??= serially(() => pagefind.filters()));

/** Loads Pagefind's index metadata, the traditional map (every Chinese query reads it first) and the filter values. */
export const init = () => {
  void traditional();
  void filters();
  return serially(() => pagefind.init());
};

const HAN = /\p{Script=Han}/u;
const LATIN = /[a-z]/i;
/** Words as a reader types them: letters, digits, spaces, hyphens and apostrophes (no markup, no URL). */
const WORDS_ONLY = /^[a-z0-9\s'’-]+$/i;
/** A token with a letter or digit in it (Pagefind drops the rest: ·, *, …). */
const MEANINGFUL = /[\p{L}\p{N}]/u;

/** A word list as Pagefind's phrase: `"芯 片"`. */
const phrase = (words: string) => `"${words}"`;

/** Words of a dictionary term or query without punctuation-only tokens (安迪·贾西 → 安 迪 贾 西). */
const termWords = (text: string) =>
  queryWords(text)
    .filter((word) => MEANINGFUL.test(word))
    .join(' ');

/** The query in simplified characters (訂單 → 订单), and its words as the index spells them ('' when none). */
async function readQuery(term: string): Promise<{ text: string; words: string }> {
  const text = (HAN.test(term) ? toSimplified(term, await traditional()) : term).trim();
  return { text, words: queryWords(text).join(' ') };
}

/** Pagefind's counts per filter value for a query, which the dialog shows beside each filter. */
interface QueryCounts {
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

/**
 * Every filter with counts: Pagefind's for the filters it has loaded (all of them once the
 * reader has opened one, or the one a search selects), the build's list for the others, so
 * that Pagefind UI keeps offering every filter.
 */
async function everyFilter(counts: QueryCounts): Promise<QueryCounts> {
  const values = await filters();
  return { filters: { ...values, ...counts.filters }, totalFilters: { ...values, ...counts.totalFilters } };
}

interface Hit {
  result: PagefindResult;
  score: number;
  /** The words to highlight on the page. */
  highlight: string;
  /** What a sub-result's excerpt must show to be kept (any of them): the phrase, or the dictionary's words. */
  terms: string[];
}

/**
 * The result whose `data()` gives the page's excerpt and sub-results: Pagefind's plain search
 * for the same words, which has every place they occur (its exact-phrase search locates only
 * the first), with the phrase's own `id`, `score` and `words`.
 */
const withPlainData = (exact: PagefindResult, plain: PagefindResult | undefined): PagefindResult => (plain ? { ...exact, data: plain.data } : exact);

/** 1. The exact phrase, ranked by Pagefind's score for the same words. */
async function phraseHits(words: string, highlight: string, searchOptions: SearchOptions): Promise<{ hits: Hit[]; counts: QueryCounts }> {
  const exact = await pagefind.search(phrase(words), searchOptions);
  const counts = { filters: (exact['filters'] ?? {}) as FilterCounts, totalFilters: (exact['totalFilters'] ?? {}) as FilterCounts };
  if (exact.results.length === 0) return { hits: [], counts };
  const plain = new Map((await pagefind.search(words, searchOptions)).results.map((result) => [result.id, result]));
  return {
    hits: exact.results.map((result) => ({
      result: withPlainData(result, plain.get(result.id)),
      score: plain.get(result.id)?.score ?? 0,
      highlight,
      terms: [highlight],
    })),
    counts,
  };
}

/**
 * The dictionary words a Latin query means, as groups that a page must each match: one
 * group for the whole query when a dictionary knows it ("data center", "yamaxun", "ya ma xun"),
 * else one per word (stop words aside). Undefined when a word is unknown.
 */
async function termGroups(term: string): Promise<Term[][] | undefined> {
  if (!WORDS_ONLY.test(term) || !LATIN.test(term)) return undefined;
  const pinyinTerms = await pinyin();
  const lookUp = async (text: string) => [...(await english(text)), ...(termsOf(pinyinTerms, pinyinKey(text)) ?? [])];
  const whole = await lookUp(term);
  if (whole.length > 0) return [whole];
  const words = term.split(/[\s'’-]+/).filter((word) => word && !ENGLISH_STOPWORDS.has(englishKey(word)));
  const groups = await Promise.all(words.map(lookUp));
  return groups.length > 0 && groups.every((group) => group.length > 0) ? groups : undefined;
}

/**
 * The pages that have a dictionary word as a phrase; a name written with a separator
 * (安迪·贾西) is searched part by part, as Pagefind keeps the separator as a word of its own.
 */
async function phrasePages(word: string, searchOptions: SearchOptions): Promise<PagefindResponse> {
  const parts = word
    .split(/[^\p{L}\p{N}\s]+/u)
    .map(termWords)
    .filter(Boolean);
  let response: PagefindResponse | undefined;
  for (const part of parts) {
    const found = await pagefind.search(phrase(part), searchOptions);
    const ids = new Set(found.results.map((result) => result.id));
    response = response ? { ...response, results: response.results.filter((result) => ids.has(result.id)) } : found;
  }
  return response ?? { results: [] };
}

/** 2. The Chinese words a Latin query means, each as a phrase; pages that match every group. */
async function dictionaryHits(term: string, searchOptions: SearchOptions): Promise<Hit[]> {
  const groups = await termGroups(term);
  if (!groups) return [];
  let hits: Map<string, Hit> | undefined;
  for (const group of groups) {
    const found = new Map<string, Hit>();
    for (const [word, weight] of group) {
      const words = termWords(word);
      if (!words) continue;
      const exact = await phrasePages(word, searchOptions);
      if (exact.results.length === 0) continue;
      // Pagefind's score for the word (length-normalised, titles weigh more) ranks its pages.
      const plain = new Map((await pagefind.search(words, searchOptions)).results.map((result) => [result.id, result]));
      for (const result of exact.results) {
        const score = weight * (plain.get(result.id)?.score ?? 0);
        const hit = found.get(result.id);
        if (!hit) found.set(result.id, { result: withPlainData(result, plain.get(result.id)), score, highlight: word, terms: [word] });
        else {
          hit.score += score;
          hit.highlight = `${hit.highlight} ${word}`;
          hit.terms.push(word);
        }
      }
    }
    hits = hits
      ? new Map(
          [...hits]
            .filter(([id]) => found.has(id))
            .map(([id, hit]) => [id, { ...hit, score: hit.score + (found.get(id)?.score ?? 0), terms: [...hit.terms, ...(found.get(id)?.terms ?? [])] }]),
        )
      : found;
  }
  return [...(hits?.values() ?? [])];
}

/** 3. The words apart: Pagefind's plain search, kept only for pages that have every word. */
async function wordHits(words: string, highlight: string, searchOptions: SearchOptions): Promise<Hit[]> {
  const parts = [...new Set(words.split(' ').filter((word) => MEANINGFUL.test(word)))];
  if (parts.length < 2) return [];
  let pages: Set<string> | undefined;
  for (const part of parts) {
    const found = new Set((await pagefind.search(phrase(part), searchOptions)).results.map((result) => result.id));
    pages = pages ? new Set([...pages].filter((id) => found.has(id))) : found;
    if (pages.size === 0) return [];
  }
  const plain = await pagefind.search(words, searchOptions);
  return plain.results.filter((result) => pages?.has(result.id)).map((result) => ({ result, score: result.score, highlight, terms: parts }));
}

/** Hits of two searches for the same query, one per page: scores added, the hit with word locations kept. */
function merge(first: Hit[], second: Hit[]): Hit[] {
  const byId = new Map(first.map((hit) => [hit.result.id, hit]));
  for (const hit of second) {
    const other = byId.get(hit.result.id);
    byId.set(hit.result.id, other ? { ...(other.result.words.length > 0 ? other : hit), score: other.score + hit.score } : hit);
  }
  return [...byId.values()];
}

/** The selected values of the unit filters (UNIT_FILTERS) in Pagefind UI's `{ filters: { name: [values] } }`. */
function unitFilterValues(searchOptions: SearchOptions): string[] {
  const filters = (searchOptions['filters'] ?? {}) as Record<string, unknown>;
  return UNIT_FILTERS.flatMap((name) => {
    const value = filters[name];
    return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];
  });
}

/**
 * The results as the reader sees them. With a unit filter selected (发言人: 分析师), Pagefind has
 * found the pages that have such a unit anywhere; each result keeps only its sub-results of
 * that unit, and a page with none is dropped, so the count is what the dialog shows.
 */
async function shownResults(hits: Hit[], searchOptions: SearchOptions): Promise<PagefindResult[]> {
  const values = unitFilterValues(searchOptions);
  if (values.length === 0)
    return hits.map(({ result, highlight, terms }) => ({ ...result, data: async () => shapeResult(await result.data(), highlight, terms) }));
  const keep = (sub: SubResult) => titleNames(sub.title ?? '', values);
  const shaped = await Promise.all(
    hits.map(async ({ result, highlight, terms }) => ({ result, data: shapeResult(await result.data(), highlight, terms, keep) })),
  );
  return shaped.filter(({ data }) => (data.sub_results ?? []).length > 0).map(({ result, data }) => ({ ...result, data: async () => data }));
}

/**
 * How many `search()` and `preload()` calls were made. Pagefind UI searches on every
 * keystroke and shows only the answer to its latest search (it drops earlier ones), so a
 * search still queued when a newer one is asked for is skipped, and so is a preload once a
 * newer preload or any search is asked for: they would only keep the reader's last query waiting.
 */
let searches = 0;
let preloads = 0;
const SUPERSEDED: PagefindResponse = { results: [], unfilteredResultCount: 0 };

export async function search(term: string, searchOptions: SearchOptions = {}): Promise<PagefindResponse> {
  const call = ++searches;
  const { text, words } = await readQuery(term ?? '');
  return serially(async () => {
    if (call !== searches) return SUPERSEDED;
    if (!words) return pagefind.search('', searchOptions);
    const phrase = await phraseHits(words, text, searchOptions);
    let hits = phrase.hits;
    // None, or only pages whose metadata (glossary aliases) has the words: ask the dictionaries too.
    if (hits.every((hit) => hit.result.words.length === 0)) hits = merge(await dictionaryHits(text, searchOptions), hits);
    if (hits.length === 0) hits = await wordHits(words, text, searchOptions);
    const counts = await everyFilter(phrase.counts);
    hits.sort((a, b) => b.score - a.score);
    const results = await shownResults(hits, searchOptions);
    return { results, unfilteredResultCount: results.length, ...counts };
  });
}

export async function preload(term: string, searchOptions: SearchOptions = {}): Promise<void> {
  const call = ++preloads;
  const searchesBefore = searches;
  const { words } = await readQuery(term ?? '');
  if (words) await serially(async () => (call === preloads && searches === searchesBefore ? pagefind.preload(words, searchOptions) : undefined));
}
