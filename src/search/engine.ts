/**
 * The site's search engine module: Pagefind (../pagefind/pagefind.js) with the query
 * segmented the way the index is (./segment.ts) and read through the site's dictionaries
 * (./dictionary.ts). Pagefind UI loads this module in place of pagefind.js (its
 * `bundlePath` points to the folder the build writes it to), so it has the same exports.
 *
 * A query is read the way the index is (./segment.ts, ./normalise.ts: traditional characters as
 * simplified, 訂單 → 订单; `30-40%` as the text's `30%-40%`) and answered by:
 * 1. the typed string as an exact phrase (in each form it may take in the text), its pages
 *    ranked by Pagefind's score for the same words searched plainly; together with
 * 2. a glossary name (Jassy, Nvidia, 亚马逊云服务): the entry's names that stand in the text
 *    (安迪·贾西, 贾西; 英伟达), so that the pages where it stands come first;
 * 3. a Latin query that only metadata matched, read through the English (CC-CEDICT + glossary)
 *    and pinyin dictionaries: each Chinese word it means searched as a phrase;
 * and when those find nothing, by the first of these that finds anything, which the dialog
 * names (`searchNote`):
 * 4. the query's terms apart (not as one phrase), when every term is on the site;
 * 5. for a Chinese word the text does not use, its related words (CC-CEDICT: 裁员 → 员工);
 * 6. the longest part of the query that the text has (亚马讯 → 亚马).
 * 5 and 6 never answer a URL or markup (`data:text/html;base64,PGI+` is not Alexa Plus).
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
  RELATED_WORD,
  relatedShard,
  termsOf,
  toSimplified,
  type NameMap,
  type Term,
  type TermMap,
  type TraditionalMap,
} from './dictionary.ts';
import { isCode, nameKey } from './normalise.ts';
import { FILTERS_FILE, filtersWithChoice, titleNames, UNIT_FILTERS, type FilterCounts } from './page-search-data.ts';
import { shapeResult, type ResultData, type SubResult } from './result.ts';
import type { SearchNote } from './search-note.ts';
import { queryFormWords, queryWords } from './segment.ts';

interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data: () => Promise<ResultData | null>;
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
const english = async (text: string, options?: { prefix: boolean }) =>
  lookUpEnglish(await dictionary<TermMap>(englishShard(englishKey(text)), {}), text, options);
const pinyin = () => dictionary<TermMap>(DICTIONARY_FILES.pinyin, {});
const names = () => dictionary<NameMap>(DICTIONARY_FILES.names, {});
const related = async (word: string) => termsOf(await dictionary<TermMap>(relatedShard(word), {}), word) ?? [];

/**
 * The filters and their values. Pagefind counts every filter it has loaded on every search,
 * which at 10,000 pages is most of a query's time, while the dialog shows the counts only in
 * an open filter. So Pagefind UI starts with the values the build listed (./filter-values.ts),
 * and Pagefind loads its filters when the reader opens one (`loadFilters`); from then on each
 * search returns Pagefind's counts for the query.
 */
export const filters = async () => filtersWithChoice(await dictionary<FilterCounts>(FILTERS_FILE, {}));
let filtersLoaded: Promise<unknown> | undefined;
export const loadFilters = () => (filtersLoaded ??= serially(() => pagefind.filters()));

/** Loads Pagefind's index metadata, the traditional map (every Chinese query reads it first) and the filter values. */
export const init = () => {
  void traditional();
  void names();
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

/** A form of the query: as the text may write it, and its words as the index spells them. */
interface Form {
  text: string;
  words: string;
}

/** The query in simplified characters (訂單 → 订单), and the forms it may take in the text (none when it has no words). */
async function readQuery(term: string): Promise<{ text: string; forms: Form[] }> {
  const text = (HAN.test(term) ? toSimplified(term, await traditional()) : term).trim();
  const forms = queryFormWords(text)
    .map((form) => ({ text: form.text, words: form.words.join(' ') }))
    .filter((form) => form.words);
  return { text, forms };
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
  const offered = (found: FilterCounts) => Object.fromEntries(Object.entries(found).filter(([name]) => name in values));
  return { filters: { ...values, ...offered(counts.filters) }, totalFilters: { ...values, ...offered(counts.totalFilters) } };
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
 * else one per word (stop words aside). Undefined when a word is unknown, or, with `part`,
 * when no word of several is known (the groups are then those of the known words).
 */
async function termGroups(term: string, { part = false } = {}): Promise<{ word: string; terms: Term[] }[] | undefined> {
  if (!WORDS_ONLY.test(term) || !LATIN.test(term)) return undefined;
  const pinyinTerms = await pinyin();
  const lookUp = async (text: string, prefix = true) => [...(await english(text, { prefix })), ...(termsOf(pinyinTerms, pinyinKey(text)) ?? [])];
  const whole = await lookUp(term);
  if (whole.length > 0) return part ? undefined : [{ word: term, terms: whole }];
  const words = term.split(/[\s'’-]+/).filter((word) => word && !ENGLISH_STOPWORDS.has(englishKey(word)));
  const groups = await Promise.all(words.map(async (word) => ({ word, terms: await lookUp(word, words.length === 1) })));
  const known = groups.filter((group) => group.terms.length > 0);
  if (part) return known.length > 0 && known.length < groups.length ? known : undefined;
  return groups.length > 0 && known.length === groups.length ? groups : undefined;
}

/** The pages that have every one of some word lists as a phrase: Pagefind's answer for the first, kept to the pages of the others. */
async function pagesWithEvery(parts: readonly string[], searchOptions: SearchOptions): Promise<PagefindResponse> {
  let response: PagefindResponse | undefined;
  for (const part of parts) {
    const found = await pagefind.search(phrase(part), searchOptions);
    const ids = new Set(found.results.map((result) => result.id));
    response = response ? { ...response, results: response.results.filter((result) => ids.has(result.id)) } : found;
    if (response.results.length === 0) break;
  }
  return response ?? { results: [] };
}

/**
 * The pages that have a dictionary word as a phrase; a name written with a separator
 * (安迪·贾西) is searched part by part, as Pagefind keeps the separator as a word of its own.
 */
const phrasePages = (word: string, searchOptions: SearchOptions) =>
  pagesWithEvery(
    word
      .split(/[^\p{L}\p{N}\s]+/u)
      .map(termWords)
      .filter(Boolean),
    searchOptions,
  );

/**
 * The pages that have a word as a phrase (./phrasePages), scored by Pagefind's score for the
 * word (length-normalised, titles weigh more) times the word's weight.
 */
async function hitsOfWord(word: string, weight: number, searchOptions: SearchOptions): Promise<Hit[]> {
  const words = termWords(word);
  if (!words) return [];
  const exact = await phrasePages(word, searchOptions);
  if (exact.results.length === 0) return [];
  const plain = new Map((await pagefind.search(words, searchOptions)).results.map((result) => [result.id, result]));
  return exact.results.map((result) => ({
    result: withPlainData(result, plain.get(result.id)),
    score: weight * (plain.get(result.id)?.score ?? 0),
    highlight: word,
    terms: [word],
  }));
}

/** The pages of any of some words, scores added, every word found on a page a term of it. */
async function hitsOfWords(words: readonly Term[], searchOptions: SearchOptions): Promise<Hit[]> {
  const found = new Map<string, Hit>();
  for (const [word, weight] of words) {
    for (const hit of await hitsOfWord(word, weight, searchOptions)) {
      const other = found.get(hit.result.id);
      if (!other) found.set(hit.result.id, hit);
      else {
        other.score += hit.score;
        other.highlight = `${other.highlight} ${word}`;
        other.terms.push(word);
      }
    }
  }
  return [...found.values()];
}

/** Pages in both lists of hits, scores and terms added. */
function both(first: readonly Hit[], second: readonly Hit[]): Hit[] {
  const byId = new Map(second.map((hit) => [hit.result.id, hit]));
  return first.flatMap((hit) => {
    const other = byId.get(hit.result.id);
    return other ? [{ ...hit, score: hit.score + other.score, terms: [...hit.terms, ...other.terms] }] : [];
  });
}

/**
 * 3. The Chinese words a Latin query means, each as a phrase; pages that match every group,
 * or, with `part`, every group a dictionary knows (`chip shortage` → chip), and which words those are.
 */
async function dictionaryHits(term: string, searchOptions: SearchOptions, { part = false } = {}): Promise<{ hits: Hit[]; known: string[] }> {
  const groups = await termGroups(term, { part });
  if (!groups) return { hits: [], known: [] };
  const map = await names();
  let hits: Hit[] | undefined;
  for (const { terms } of groups) {
    // A glossary name the dictionary means (adjx: 安迪·贾西) is also looked for as the text names it (贾西).
    const named = terms.flatMap(([word, weight]) => (map[nameKey(word)] ?? []).map((form): Term => [form, weight]));
    const found = await hitsOfWords([...new Map([...terms, ...named]).entries()], searchOptions);
    hits = hits ? both(hits, found) : found;
  }
  return { hits: hits ?? [], known: groups.map(({ word }) => word) };
}

/** How much a glossary name may be shortened and still name its entry (亚马逊云 for 亚马逊云服务). */
const NAME_PREFIX_SHARE = 2 / 3;

/**
 * 2. The names of the glossary entry the query names (or begins to name) that stand in the
 * text: none when the query is itself such a name (it is found as typed).
 */
async function nameHits(text: string, searchOptions: SearchOptions): Promise<Hit[]> {
  const map = await names();
  const key = nameKey(text);
  if (!key) return [];
  const forms = Object.hasOwn(map, key)
    ? (map[key] ?? [])
    : Object.entries(map)
        .filter(([name]) => name.startsWith(key) && Array.from(key).length >= Array.from(name).length * NAME_PREFIX_SHARE)
        .flatMap(([, forms]) => forms);
  if (forms.some((form) => nameKey(form) === key)) return [];
  return hitsOfWords(
    [...new Set(forms)].map((form): Term => [form, 1]),
    searchOptions,
  );
}

/** 4. The query's terms apart (split at spaces): Pagefind's plain search, kept only for pages that have every term. */
async function termHits(text: string, searchOptions: SearchOptions): Promise<Hit[]> {
  const parts = [...new Set(text.split(/\s+/).map(termWords).filter(Boolean))];
  if (parts.length < 2) return [];
  const pages = new Set((await pagesWithEvery(parts, searchOptions)).results.map((result) => result.id));
  if (pages.size === 0) return [];
  const plain = await pagefind.search(parts.join(' '), searchOptions);
  return plain.results.filter((result) => pages.has(result.id)).map((result) => ({ result, score: result.score, highlight: text, terms: parts }));
}

/** 5. A Chinese word the text does not use: the site's words related to it, and which of them were found. */
async function relatedHits(text: string, searchOptions: SearchOptions): Promise<{ hits: Hit[]; words: string[] }> {
  if (!RELATED_WORD.test(text)) return { hits: [], words: [] };
  const words = await related(text);
  const hits = await hitsOfWords(words, searchOptions);
  return { hits, words: words.map(([word]) => word).filter((word) => hits.some((hit) => hit.terms.includes(word))) };
}

/** The most words of a query that 6. looks at. */
const MAX_PART_WORDS = 12;

/** Words as the reader reads them: Han characters together, other words spaced (`AI 芯片`). */
const joinWords = (words: readonly string[]) =>
  words.reduce((joined, word, i) => (i > 0 && !(HAN.test(word) && HAN.test(words[i - 1] ?? '')) ? `${joined} ${word}` : `${joined}${word}`), '');

/**
 * 6. The longest run of the query's words that the text has as a phrase (亚马讯 → 亚马), with
 * two Han characters or a Latin word at least; none for a query of one word.
 */
async function partHits(words: string, searchOptions: SearchOptions): Promise<{ hits: Hit[]; part: string } | undefined> {
  const all = words.split(' ').slice(0, MAX_PART_WORDS);
  for (let length = all.length - 1; length >= 1; length -= 1) {
    for (let start = 0; start + length <= all.length; start += 1) {
      const run = all.slice(start, start + length);
      if (run.filter((word) => HAN.test(word)).length < 2 && !run.some((word) => /[a-z]{2}/i.test(word))) continue;
      const part = joinWords(run);
      const { hits } = await phraseHits(run.join(' '), part, searchOptions);
      if (hits.length > 0) return { hits, part };
    }
  }
  return undefined;
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

/**
 * A result's data. Pagefind answers null when it could not load the page's fragment (a request
 * that failed on a busy or flaky connection); it is asked once more, then the failure is named.
 */
async function dataOf(result: PagefindResult): Promise<ResultData> {
  const data = (await result.data()) ?? (await result.data());
  if (!data) throw new Error(`Pagefind could not load the search result ${result.id}`);
  return data;
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
    return hits.map(({ result, highlight, terms }) => ({ ...result, data: async () => shapeResult(await dataOf(result), highlight, terms) }));
  const keep = (sub: SubResult) => titleNames(sub.title ?? '', values);
  const shaped = await Promise.all(
    hits.map(async ({ result, highlight, terms }) => ({ result, data: shapeResult(await dataOf(result), highlight, terms, keep) })),
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

/** The note on the last search answered (the one Pagefind UI shows), if it had one. */
let lastNote: SearchNote | undefined;
/**
 * What the dialog says about the results of a query the text does not have as typed: the
 * related words (5) or the part of the query (6) whose results are shown; undefined otherwise.
 */
export const searchNote = (term: string): SearchNote | undefined => (lastNote?.query === term.trim() ? lastNote : undefined);

/**
 * 1. The exact phrase in the first of its forms that the text has; for a range that none
 * matches, the pages that have both its ends (Pagefind indexes `30%-40%` so that no phrase
 * spans it, and finds its ends with a plain search).
 */
async function literalHits(forms: readonly Form[], searchOptions: SearchOptions): Promise<{ hits: Hit[]; counts: QueryCounts }> {
  let first: { hits: Hit[]; counts: QueryCounts } | undefined;
  for (const form of forms) {
    const found = await phraseHits(form.words, form.text, searchOptions);
    first ??= found;
    if (found.hits.length > 0) return found;
  }
  const range = forms.length > 1 ? forms[0] : undefined;
  if (first && range) {
    const ends = range.words.split(' ');
    const plain = await pagefind.search(range.words, searchOptions);
    first.hits = plain.results.map((result) => ({ result, score: result.score, highlight: range.text, terms: ends }));
  }
  return first ?? { hits: [], counts: { filters: {}, totalFilters: {} } };
}

export async function search(term: string, searchOptions: SearchOptions = {}): Promise<PagefindResponse> {
  const call = ++searches;
  const query = term ?? '';
  const { text, forms } = await readQuery(query);
  return serially(async () => {
    if (call !== searches) return SUPERSEDED;
    const words = forms[0]?.words;
    if (!words) return pagefind.search('', searchOptions);
    const literal = await literalHits(forms, searchOptions);
    const named = await nameHits(text, searchOptions);
    let hits = merge(named, literal.hits);
    // None, or only pages whose metadata (glossary aliases) has the words: ask the dictionaries too.
    if (hits.every((hit) => hit.result.words.length === 0)) hits = merge((await dictionaryHits(text, searchOptions)).hits, hits);
    if (hits.length === 0) hits = await termHits(text, searchOptions);
    let note: SearchNote | undefined;
    const fallBack = () => hits.length === 0 && !isCode(text);
    if (fallBack()) {
      const bridged = await relatedHits(text, searchOptions);
      if (bridged.hits.length > 0) [hits, note] = [bridged.hits, { query: query.trim(), shown: bridged.words, kind: 'related' }];
    }
    if (fallBack()) {
      const { hits: found, known } = await dictionaryHits(text, searchOptions, { part: true });
      if (found.length > 0) [hits, note] = [found, { query: query.trim(), shown: [known.join(' ')], kind: 'part' }];
    }
    if (fallBack()) {
      const part = await partHits(words, searchOptions);
      if (part) [hits, note] = [part.hits, { query: query.trim(), shown: [part.part], kind: 'part' }];
    }
    lastNote = note;
    const counts = await everyFilter(literal.counts);
    // The pages where a glossary name stands in the text come first (not the page its aliases name).
    const namedPages = new Set(named.map((hit) => hit.result.id));
    const rank = (hit: Hit) => (namedPages.has(hit.result.id) ? 1 : 0);
    hits.sort((a, b) => rank(b) - rank(a) || b.score - a.score);
    const results = await shownResults(hits, searchOptions);
    return { results, unfilteredResultCount: results.length, ...counts, ...(note ? { partial: true } : {}) };
  });
}

export async function preload(term: string, searchOptions: SearchOptions = {}): Promise<void> {
  const call = ++preloads;
  const searchesBefore = searches;
  const words = (await readQuery(term ?? '')).forms[0]?.words;
  if (words) await serially(async () => (call === preloads && searches === searchesBefore ? pagefind.preload(words, searchOptions) : undefined));
}
