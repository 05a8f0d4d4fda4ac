import { figureLine } from '../../schemas/figure.ts';
import type { Problem } from '../../utils/problem.ts';
import type { Rule } from '../rule.ts';

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
    // Each place in the call's headline figures (本季要点) is one figure's.
    const places = new Map<number, { id: string; line: number }>();
    for (const { entry: figure, fileLine, fieldLines } of entries) {
      if (figure.headline === undefined) continue;
      const line = fieldLines.headline ?? fileLine;
      const first = places.get(figure.headline);
      if (first === undefined) places.set(figure.headline, { id: figure.id, line });
      else
        problems.push({
          file,
          line,
          rule: 'figures',
          message: `${figure.id}: headline ${figure.headline} is already ${first.id}'s place (line ${first.line}): give each headline figure its own place`,
        });
    }
    return problems;
  },
};

/** Whether `text` writes `amount` as a whole number token: 330 is in 「330亿美元」, 33 is not. */
function statesNumber(text: string, amount: number): boolean {
  const digits = String(amount).replace('.', '\\.');
  return new RegExp(`(?<![\\d.])${digits}(?![\\d.]*\\d)`).test(text);
}
