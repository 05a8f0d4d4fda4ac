import { figureLine } from '../schemas/figure.ts';
import type { Problem } from '../transcript/problem.ts';
import type { SourceParagraph } from '../transcript/source.ts';
import type { LocatedFigure } from './load-figures.ts';

/**
 * Proves that each figure is stated where it says: its anchor names a source paragraph, its
 * value text appears verbatim in that paragraph, and its chart amount is written in its value.
 */
export function checkFigures(file: string, figures: LocatedFigure[], source: SourceParagraph[]): Problem[] {
  const problems: Problem[] = [];
  const byLine = new Map(source.map((paragraph) => [paragraph.line, paragraph]));
  for (const { figure, fileLine, fieldLines } of figures) {
    const report = (message: string, field: keyof typeof fieldLines) =>
      problems.push({ file, line: fieldLines[field] ?? fileLine, message: `${figure.id}: ${message}` });
    const paragraph = byLine.get(figureLine(figure));
    if (!paragraph) {
      report(`anchor ${figure.anchor}: no source paragraph starts at line ${figureLine(figure)}`, 'anchor');
      continue;
    }
    if (!paragraph.text.includes(figure.value)) {
      report(
        `value "${figure.value}" is not in paragraph ${figure.anchor}: write it exactly as the source does, or fix the anchor. The paragraph: "${paragraph.text}"`,
        'value',
      );
    }
    if (figure.amount !== undefined && !statesNumber(figure.value, figure.amount)) {
      report(`amount ${figure.amount} is not written in value "${figure.value}": the chart would show a number the source does not state`, 'amount');
    }
  }
  return problems;
}

/** Whether `text` writes `amount` as a whole number token: 330 is in 「330亿美元」, 33 is not. */
function statesNumber(text: string, amount: number): boolean {
  const digits = String(amount).replace('.', '\\.');
  return new RegExp(`(?<![\\d.])${digits}(?![\\d.]*\\d)`).test(text);
}
