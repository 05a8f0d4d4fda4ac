import { checkTranscript } from './check.ts';
import { loadPages } from './load-pages.ts';
import { formatProblem } from './problem.ts';
import { loadSource } from './source.ts';

/** Runs the transcript check over the content folder; shared by the CLI and the build integration. */
export function runTranscriptCheck(docsDir?: string): { problems: string[]; summary: string } {
  const source = loadSource();
  const pages = loadPages(docsDir);
  const problems = checkTranscript(source, pages).map(formatProblem);
  const sentences = source.reduce((sum, paragraph) => sum + paragraph.sentences.length, 0);
  const summary = problems.length
    ? `transcript check: ${problems.length} problem(s) in ${pages.length} pages`
    : `transcript check: all ${sentences} sentences of ${source.length} source paragraphs are quoted once, verbatim, in order, on ${pages.length} pages`;
  return { problems, summary };
}
