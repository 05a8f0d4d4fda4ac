import { formatProblem, sortProblems } from '../transcript/problem.ts';
import { loadSource } from '../transcript/source.ts';
import { checkFigures } from './check-figures.ts';
import { FIGURES_FILE, loadFigures } from './load-figures.ts';

/** Runs the figures check over the data file; shared by the CLI and the build integration. */
export function runFiguresCheck(path = FIGURES_FILE): { problems: string[]; summary: string } {
  const { file, figures, problems } = loadFigures(path);
  const all = sortProblems([...problems, ...checkFigures(file, figures, loadSource())]).map(formatProblem);
  const summary = all.length
    ? `figures check: ${all.length} problem(s) in ${file}`
    : `figures check: all ${figures.length} figures appear verbatim in the paragraphs they cite`;
  return { problems: all, summary };
}
