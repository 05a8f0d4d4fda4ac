import { figureLine } from '../../schemas/figure.ts';
import { splitSentences } from '../../transcript/sentences.ts';
import type { Problem } from '../../utils/problem.ts';
import type { Rule } from '../rule.ts';

/**
 * A figure shown with the figure it is compared with (`against`: 1.95美元 against the expected
 * 1.57美元) shows a comparison the source itself makes: the other figure is one of the call's,
 * and one sentence of the paragraph states both values.
 */
export const figureComparisons: Rule = {
  id: 'figure-comparisons',
  group: 'figures',
  title: 'a figure shown against another is compared with it in one sentence of the source',
  check: (content) => {
    const { file, entries } = content.figures;
    const byId = new Map(entries.map(({ entry }) => [entry.id, entry]));
    const byLine = new Map(content.source.paragraphs.map((paragraph) => [paragraph.line, paragraph]));
    const problems: Problem[] = [];
    for (const { entry: figure, fileLine, fieldLines } of entries) {
      if (!figure.against) continue;
      const report = (message: string) =>
        problems.push({ file, line: fieldLines.against ?? fileLine, rule: 'figure-comparisons', message: `${figure.id}: ${message}` });
      const other = byId.get(figure.against.figure);
      if (!other || other === figure) {
        report(`against ${figure.against.figure}: no other figure of this call has that id`);
        continue;
      }
      const sentences = splitSentences(byLine.get(figureLine(figure))?.text ?? '');
      if (other.anchor !== figure.anchor || !sentences.some((sentence) => sentence.includes(figure.value) && sentence.includes(other.value)))
        report(
          `against ${other.id}: no sentence of paragraph ${figure.anchor} states both "${figure.value}" and "${other.value}": show a comparison only where the source makes it`,
        );
    }
    return problems;
  },
};
