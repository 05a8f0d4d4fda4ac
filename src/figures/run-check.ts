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
  }
  const lines = sortProblems(all).map(formatProblem);
  const summary = lines.length
    ? `figures check: ${lines.length} problem(s) in ${calls.length} call(s)`
    : `figures check: all ${count} figures of ${calls.length} call(s) appear verbatim in the paragraphs they cite`;
  return { problems: lines, summary };
}
