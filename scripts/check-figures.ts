/**
 * `npm run check:figures`: proves that every figure in content/figures.yaml appears verbatim
 * in the transcript paragraph it cites. Prints `file:line: problem` per problem; exits 1 on any.
 */
import { runFiguresCheck } from '../src/figures/run-check.ts';

const { problems, summary } = runFiguresCheck();
for (const line of problems) console.error(line);
console.log(summary);
process.exitCode = problems.length > 0 ? 1 : 0;
