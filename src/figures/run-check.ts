import { loadCalls } from '../calls/load-calls.ts';
import { formatProblem, sortProblems, type Problem } from '../transcript/problem.ts';
import { loadSource } from '../transcript/source.ts';
import { checkFigures } from './check-figures.ts';
import { loadFigures } from './load-figures.ts';

/** Runs the figures check on every call's figures.yaml against its own source; shared by the CLI and the build integration. */
export function runFiguresCheck(): { problems: string[]; summary: string } {
  const { calls } = loadCalls();
  const all: Problem[] = [];
  let count = 0;
  for (const call of calls) {
    const { file, figures, problems } = loadFigures(call.figuresFile);
    count += figures.length;
    all.push(...problems, ...checkFigures(file, figures, loadSource(call.sourceFile)));
    const ids = new Set(figures.map(({ figure }) => figure.id));
    call.data.headline.forEach((id, index) => {
      if (!ids.has(id))
        all.push({
          file: call.callFile,
          line: call.lineOf(['headline', index]),
          message: `headline figure "${id}" is not in ${file}: use the id of one of its figures`,
        });
    });
    const metrics = new Map<string, number>();
    for (const { figure, fieldLines, fileLine } of figures) {
      if (!figure.metric) continue;
      const first = metrics.get(figure.metric);
      if (first === undefined) metrics.set(figure.metric, fieldLines.metric ?? fileLine);
      else
        all.push({
          file,
          line: fieldLines.metric ?? fileLine,
          message: `metric "${figure.metric}" is already given to the figure at line ${first}: a call reports each metric once`,
        });
    }
  }
  const lines = sortProblems(all).map(formatProblem);
  const summary = lines.length
    ? `figures check: ${lines.length} problem(s) in ${calls.length} call(s)`
    : `figures check: all ${count} figures of ${calls.length} call(s) appear verbatim in the paragraphs they cite`;
  return { problems: lines, summary };
}
