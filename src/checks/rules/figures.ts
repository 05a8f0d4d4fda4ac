import { figureLine } from '../../schemas/figure.ts';
import type { Problem } from '../../utils/problem.ts';
import type { Rule } from '../rule.ts';
import type { Content } from '../../model/content.ts';

/** A figure's value is a number as written: digits or Chinese numerals (330亿美元, 第八个), not a lone 美. */
const NUMBER = /[0-9０-９零〇一二两三四五六七八九十百千万亿半]/;

/**
 * A call's `figures.yaml`: valid YAML and schema at the line of the field, unique ids, and each
 * figure stated where it says: its anchor names a source paragraph, its value is a number
 * written verbatim in that paragraph, and its chart amount is written in its value.
 */
export const figures: Rule = {
  id: 'figures',
  group: 'figures',
  title: 'each figure is valid, unique, and a number written verbatim in the paragraph it cites',
  check: (content) => {
    const { file, entries } = content.figures;
    const problems: Problem[] = [...content.figures.problems];
    const byLine = new Map(content.source.paragraphs.map((paragraph) => [paragraph.line, paragraph]));
    for (const { entry: figure, fileLine, fieldLines } of entries) {
      const report = (message: string, field: keyof typeof fieldLines) =>
        problems.push({ file, line: fieldLines[field] ?? fileLine, rule: 'figures', message: `${figure.id}: ${message}` });
      const paragraph = byLine.get(figureLine(figure));
      if (!paragraph) {
        report(`anchor ${figure.anchor}: no source paragraph starts at line ${figureLine(figure)}`, 'anchor');
        continue;
      }
      if (!NUMBER.test(figure.value)) {
        report(`value "${figure.value}" is not a number: write the number with its unit as the paragraph does, e.g. 330亿美元`, 'value');
      } else if (!paragraph.text.includes(figure.value)) {
        report(
          `value "${figure.value}" is not in paragraph ${figure.anchor}: write it exactly as the source does, or fix the anchor. The paragraph: "${paragraph.text}"`,
          'value',
        );
      } else if (!statesValue(paragraph.text, figure.value)) {
        const whole = wholeNumberAround(paragraph.text, figure.value);
        report(
          `value "${figure.value}" is only part of "${whole}" in paragraph ${figure.anchor}: readers would see a number the source does not state; write the whole number with its unit`,
          'value',
        );
      }
      if (figure.amount !== undefined && !statesNumber(figure.value, figure.amount)) {
        report(`amount ${figure.amount} is not written in value "${figure.value}": the chart would show a number the source does not state`, 'amount');
      }
    }
    // A call reports each metric once (its series over the quarters has one point per call).
    const metrics = new Map<string, number>();
    for (const { entry: figure, fileLine, fieldLines } of entries) {
      if (!figure.metric) continue;
      const line = fieldLines.metric ?? fileLine;
      const first = metrics.get(figure.metric);
      if (first === undefined) metrics.set(figure.metric, line);
      else
        problems.push({
          file,
          line,
          rule: 'figures',
          message: `${figure.id}: metric "${figure.metric}" is already given to the figure at line ${first}: a call reports each metric once`,
        });
    }
    // Each place in the call's headline figures (本季要点) is one figure's; so is each place in
    // the key-figures box of a page (lead), the page being the one that quotes the figure's paragraph.
    const pageOfLine = new Map(content.pages.flatMap((page) => page.page.paragraphs.map((paragraph) => [paragraph.line, page.page.file] as const)));
    const places = new Map<string, { id: string; line: number }>();
    for (const { entry: figure, fileLine, fieldLines } of entries) {
      const claims = [
        figure.headline === undefined ? undefined : { key: `headline ${figure.headline}`, field: 'headline' as const, what: 'headline' },
        figure.lead === undefined
          ? undefined
          : {
              key: `lead ${figure.lead} ${pageOfLine.get(figureLine(figure)) ?? ''}`,
              field: 'lead' as const,
              what: `lead on ${pageOfLine.get(figureLine(figure)) ?? 'its page'}`,
            },
      ];
      for (const claim of claims) {
        if (!claim) continue;
        const line = fieldLines[claim.field] ?? fileLine;
        const first = places.get(claim.key);
        if (first === undefined) places.set(claim.key, { id: figure.id, line });
        else
          problems.push({
            file,
            line,
            rule: 'figures',
            message: `${figure.id}: ${claim.field} ${String(figure[claim.field])} is already ${first.id}'s place (line ${first.line}) as ${claim.what}: give each figure its own place`,
          });
      }
    }
    problems.push(...sameValueSameLabel(content.figures, pageOfLine));
    return problems;
  },
};

/**
 * Figures shown side by side as tiles (the call's headline figures; the key figures of one page)
 * with the same value (two 「约40%」) must have measures, the tiles' labels, that tell them apart.
 */
function sameValueSameLabel({ file, entries }: Content['figures'], pageOfLine: Map<number, string>): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, { id: string; line: number }>();
  for (const { entry: figure, fileLine, fieldLines } of entries) {
    const strips = [figure.headline === undefined ? '' : '本季要点', figure.lead === undefined ? '' : `lead ${pageOfLine.get(figureLine(figure)) ?? ''}`];
    for (const strip of strips.filter(Boolean)) {
      const key = `${strip}\n${figure.value}\n${figure.measure.replace(/\s/g, '')}`;
      const first = seen.get(key);
      const line = fieldLines.measure ?? fileLine;
      if (!first) seen.set(key, { id: figure.id, line });
      else
        problems.push({
          file,
          line,
          rule: 'figures',
          message: `${figure.id}: shown beside ${first.id} (line ${first.line}) with the same value "${figure.value}" and the same measure "${figure.measure}": write measures that tell the two tiles apart`,
        });
    }
  }
  return problems;
}

/** Digits, a decimal point, and what continues a number as its unit or magnitude. */
const NUMBER_PART = /[0-9０-９.．%％]/;
const MAGNITUDE = /[0-9０-９.．%％万亿千百十]/;

/**
 * Whether `text` states `value` as a whole: no digit or decimal point right before it (801.7亿美元
 * is not stated by 1801.7亿美元, 30亿美元 not by 330亿美元), and, where it ends with a digit, no
 * digit, decimal point, percent sign or magnitude right after it (30 is not stated by 30亿美元).
 */
function statesValue(text: string, value: string): boolean {
  for (let at = text.indexOf(value); at !== -1; at = text.indexOf(value, at + 1)) {
    const before = text[at - 1] ?? '';
    const after = text[at + value.length] ?? '';
    const startsWithDigit = NUMBER_PART.test(value[0] ?? '');
    const endsWithDigit = /[0-9０-９]/.test(value.at(-1) ?? '');
    if (startsWithDigit && NUMBER_PART.test(before)) continue;
    if (endsWithDigit && MAGNITUDE.test(after)) continue;
    return true;
  }
  return false;
}

/** The number of `text` that `value` is part of, widened over digits, points and magnitudes. */
function wholeNumberAround(text: string, value: string): string {
  let start = text.indexOf(value);
  let end = start + value.length;
  while (start > 0 && NUMBER_PART.test(text[start - 1] ?? '')) start--;
  while (end < text.length && MAGNITUDE.test(text[end] ?? '')) end++;
  return text.slice(start, end);
}

/** Whether `text` writes `amount` as a whole number token: 330 is in 「330亿美元」, 33 is not. */
function statesNumber(text: string, amount: number): boolean {
  const digits = String(amount).replace('.', '\\.');
  return new RegExp(`(?<![\\d.])${digits}(?![\\d.]*\\d)`).test(text);
}
