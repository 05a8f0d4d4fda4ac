/**
 * The search dictionaries' shape and their keys, shared by the build
 * (src/search/build-dictionaries.ts writes them from CC-CEDICT, OpenCC and pinyin-pro) and
 * the browser (src/search/engine.ts reads them), so that both sides normalise a word alike.
 */

/** A Chinese word of the site and how strongly a key means it (1 = exactly). */
export type Term = [word: string, weight: number];

/** Traditional → simplified, only for the characters and words the site's text uses. */
export interface TraditionalMap {
  /** Whole words first (Taiwan's 軟體 → 软件), longest match. */
  phrases: Record<string, string>;
  /** Then single characters (訂 → 订). */
  chars: Record<string, string>;
}

/** English or pinyin key (see englishKey, pinyinKey) → the site's Chinese words it means. */
export type TermMap = Record<string, Term[]>;

/** The dictionaries the build makes of the site's text (./build-dictionaries.ts). */
export interface SearchDictionaries {
  traditional: TraditionalMap;
  english: TermMap;
  pinyin: TermMap;
  /** Chinese words the text does not use → the site's words that share their meaning (./build-related-words.ts). */
  related: TermMap;
}

/** A glossary name as a key (./normalise.ts `nameKey`) → the names of its entry that stand in the text. */
export type NameMap = Record<string, string[]>;

import { stemmer } from 'stemmer';

/** The files the build writes next to the search module, one per dictionary layer. */
export const DICTIONARY_FILES = {
  traditional: 'traditional.json',
  english: 'english.json',
  pinyin: 'pinyin.json',
  names: 'names.json',
  related: 'related.json',
} as const;

/**
 * The English dictionary is split by the first character of its keys (`english-r.json` holds
 * "revenu"), so that a query loads only the few kB it needs.
 */
export function englishShard(key: string): string {
  return DICTIONARY_FILES.english.replace('.json', `-${/^[a-z0-9]/.test(key) ? key[0] : '_'}.json`);
}

/** The words the related-words dictionary has: two Han characters or more (single characters have too many senses to bridge). */
export const RELATED_WORD = /^\p{Script=Han}{2,}$/u;

/** How many files the related words are split into, by the first character of the word. */
const RELATED_SHARDS = 32;

/** The file of the related-words dictionary that holds a word (`related-7.json`): a query loads one. */
export function relatedShard(word: string): string {
  return DICTIONARY_FILES.related.replace('.json', `-${(word.codePointAt(0) ?? 0) % RELATED_SHARDS}.json`);
}

/** The files of the dictionaries a build writes, by layer: file name → its JSON. */
export type DictionaryFiles = Record<keyof SearchDictionaries, Record<string, string>>;

/** The dictionaries as the files the build writes: English and related words split into their shards. */
export function dictionaryFiles({ traditional, english, pinyin, related }: SearchDictionaries): DictionaryFiles {
  const shards = (map: TermMap, shardOf: (key: string) => string) => {
    const files: Record<string, TermMap> = {};
    for (const [key, terms] of Object.entries(map)) (files[shardOf(key)] ??= {})[key] = terms;
    return Object.fromEntries(Object.entries(files).map(([file, shard]) => [file, JSON.stringify(shard)]));
  };
  return {
    traditional: { [DICTIONARY_FILES.traditional]: JSON.stringify(traditional) },
    english: shards(english, englishShard),
    pinyin: { [DICTIONARY_FILES.pinyin]: JSON.stringify(pinyin) },
    related: shards(related, relatedShard),
  };
}

/** Words that carry no meaning of their own in an English query or gloss. */
export const ENGLISH_STOPWORDS = new Set('a an and are as at be by for from in into is it its of on or per the their to with'.split(' '));

const stems = new Map<string, string>();
/** One English word, folded: lower case, Porter-stemmed (robots → robot, expectations → expect). */
export function englishWord(word: string): string {
  const lower = word.toLowerCase();
  let stem = stems.get(lower);
  if (stem === undefined) stems.set(lower, (stem = stemmer(lower)));
  return stem;
}

/** The Latin words of a text as written, in order: `latinTokens("Robots, data-centers")` → Robots, data, centers. */
export function latinTokens(text: string): string[] {
  return text.match(/[a-z0-9]+/gi) ?? [];
}

/** The English words of a text, folded, in order: `englishWords("Robots, data-centers")` → robot, data, center. */
export function englishWords(text: string): string[] {
  return latinTokens(text).map(englishWord);
}

/** The key of an English phrase: its folded words, stop words kept, joined by one space. */
export function englishKey(text: string): string {
  return englishWords(text).join(' ');
}

/**
 * The key of an English phrase as written (lower case, not stemmed): the dictionary has both
 * keys, so that "severance" finds 遣散费 ("severance pay") before "several" (几个), which the
 * stemmer folds to the same "sever".
 */
export function englishSurfaceKey(text: string): string {
  return latinTokens(text)
    .map((word) => word.toLowerCase())
    .join(' ');
}

/** A key's words; only the map's own keys ("constructor" is not one). */
export function termsOf(map: TermMap, key: string): Term[] | undefined {
  return Object.hasOwn(map, key) ? map[key] : undefined;
}

/** The shortest stem a longer, unknown stem may fall back to ("deliveri" → "deliv"). */
const MIN_PREFIX_STEM = 5;
/** How many letters longer than that stem the unknown one may be. */
const MAX_PREFIX_EXTRA = 3;

/**
 * The Chinese words an English phrase means in one file of the English dictionary: the words
 * of the phrase as written, else of its stem, else, for one word whose stem is unknown and with
 * `prefix`, of the longest known stem it begins with (Porter folds "delivery" to "deliveri" and
 * "deliver" to "deliv"). A word of a longer query is not guessed at so: "shortage" in "chip
 * shortage" is not "short".
 */
export function lookUpEnglish(map: TermMap, text: string, { prefix = true } = {}): Term[] {
  const surface = termsOf(map, englishSurfaceKey(text));
  if (surface) return surface;
  const key = englishKey(text);
  const stemmed = termsOf(map, key);
  if (stemmed) return stemmed;
  if (!prefix || !key || key.includes(' ') || !/^[a-z]+$/.test(key)) return [];
  for (let length = key.length - 1; length >= Math.max(MIN_PREFIX_STEM, key.length - MAX_PREFIX_EXTRA); length -= 1) {
    const terms = termsOf(map, key.slice(0, length));
    if (terms) return terms;
  }
  return [];
}

/** The key of a pinyin spelling: letters only, lower case (`Ya Ma Xun` → `yamaxun`). */
export function pinyinKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z]/g, '');
}

/** The query in simplified characters: known traditional words first (longest first), then characters. */
export function toSimplified(text: string, map: TraditionalMap): string {
  const longest = Math.max(0, ...Object.keys(map.phrases).map((phrase) => phrase.length));
  let out = '';
  for (let i = 0; i < text.length;) {
    let matched = false;
    for (let length = Math.min(longest, text.length - i); length >= 2; length -= 1) {
      const simplified = map.phrases[text.slice(i, i + length)];
      if (simplified !== undefined) {
        out += simplified;
        i += length;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    const char = String.fromCodePoint(text.codePointAt(i) ?? 0);
    out += map.chars[char] ?? char;
    i += char.length;
  }
  return out;
}
