/**
 * How the search reads names and numbers, one set of rules for the index and the query (the
 * index through ./segment.ts `segmentForIndex`, the query through `queryForms`), so that a
 * reader finds them however they space or write them:
 * - Latin letters and digits are separate words: `Trainium2` and `Trainium 2`, `1 Gbps` and
 *   `1Gbps`, `x86` and `x 86` match each other;
 * - a range is its two ends: `30%-40%`, `30-40%`, `30%～40%` and `30% - 40%` match the text's
 *   `30%-40%` (which Pagefind indexes as `30%` and `40%`), and `2060-2130亿` its `2060亿至2130亿`;
 * - a percent sign belongs to its number (`20.2 %`), a dollar sign is 美元 (`$1.95`), and a
 *   plus sign after a name is "Plus" (`Alexa+`, the text's Alexa Plus);
 * - full-width letters, digits and signs are read as ASCII (`ＡＷＳ`, `２０．２％`).
 * The index only gets word breaks (the text readers see is never changed); the query is
 * rewritten into the forms the text may use.
 */

/** The word boundary Pagefind understands inside unspaced text (it strips it from excerpts). */
export const WORD_BREAK = '\u200B';

/** Not inside an HTML character reference (`&#x3C;`), which the index sees as written. */
const OUTSIDE_REFERENCE = '(?<!&#?[a-z0-9]*)';
/** Between a Latin letter and a digit, either way round. */
const LETTER_DIGIT = new RegExp(`${OUTSIDE_REFERENCE}(?:(?<=[a-z])(?=[0-9])|(?<=[0-9])(?=[a-z]))`, 'gi');
/**
 * Word breaks where the query may split what the text writes together: between letters and
 * digits (`1​Gbps`). (Pagefind already indexes a range `30%-40%` as its two ends, side by side.)
 */
export function breakForIndex(text: string): string {
  return text.replace(LETTER_DIGIT, WORD_BREAK);
}

const NUMBER = '[0-9]+(?:\\.[0-9]+)?';
/** A unit a range's ends share, written after the second end only (`30-40%`, `2060-2130亿`). */
const RANGE_UNIT = '%|[万亿]+';
const RANGE = new RegExp(`(${NUMBER})\\s*(${RANGE_UNIT})?\\s*(?:[-–—~～]|至|到)\\s*(${NUMBER})\\s*(${RANGE_UNIT})`, 'g');
/** How the text may join a range's ends: a sign (not a word of the index), 至 or 到. */
const RANGE_JOINS = [' ', '至', '到'] as const;
/** A dollar amount: `$1.95`, `US$ 1.95` (the text writes 1.95美元). */
const DOLLARS = /(?:US)?\$\s*([0-9][0-9,]*(?:\.[0-9]+)?)/gi;
/** A number and its percent sign apart: `20.2 %`. */
const SPACED_PERCENT = /([0-9])\s+%/g;
/** A plus sign that ends a name: `Alexa+` (not `C++`, not `1+1`). */
const NAME_PLUS = /(?<=[a-z]{2})\+(?![+\p{L}\p{N}])/giu;

/**
 * The forms a query may take in the text, most literal first: one form, or, for a range, one
 * per way the text may join its ends. `queryForms('30-40%')` → `['30% 40%', '30%至40%', '30%到40%']`.
 */
export function queryForms(query: string): string[] {
  const text = query.normalize('NFKC').replace(DOLLARS, '$1美元').replace(SPACED_PERCENT, '$1%').replace(NAME_PLUS, ' Plus').replace(LETTER_DIGIT, ' ');
  if (!text.match(RANGE)) return [text];
  return RANGE_JOINS.map((join) =>
    text.replace(RANGE, (_, from: string, fromUnit: string | undefined, to: string, unit: string) => `${from}${fromUnit ?? unit}${join}${to}${unit}`),
  );
}

/** Separators inside a name: 安迪·贾西, Alexa+, Amazon-Web-Services. */
const NAME_SEPARATORS = /[\s·・•.\-+'’_]/gu;

/** A name as a key, however it is spaced or cased: `Andy Jassy`, `andyjassy` → `andyjassy`; `安迪·贾西` → `安迪贾西`. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(NAME_SEPARATORS, '');
}

/** A URL or markup (`data:text/html;…`, `<b>`, `{{7*7}}`), not words: the search finds it as typed or not at all. */
export function isCode(query: string): boolean {
  return /[<>{};=]|^[a-z][a-z0-9+.-]*:(?=\S)|^www\.|\/\//i.test(query.trim());
}
