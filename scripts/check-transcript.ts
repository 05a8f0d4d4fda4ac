/**
 * `npm run check:transcript`: proves that the topic pages quote the whole transcript,
 * verbatim, each sentence once. Prints `file:line: problem` per problem; exits 1 on any.
 */
import { runTranscriptCheck } from '../src/transcript/run-check.ts';

const { problems, summary } = runTranscriptCheck();
for (const line of problems) console.error(line);
console.log(summary);
process.exitCode = problems.length > 0 ? 1 : 0;
