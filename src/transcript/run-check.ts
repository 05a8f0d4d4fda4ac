import { loadCalls } from '../calls/load-calls.ts';
import { SHARED_PAGES_DIR } from '../calls/paths.ts';
import { checkTranscript } from './check.ts';
import { loadPages } from './load-pages.ts';
import { formatProblem, sortProblems, type Problem } from './problem.ts';
import { loadSource } from './source.ts';

/**
 * Runs the transcript check on every call, each on its own source and pages, and on the shared
 * pages (which must quote no call); shared by the CLI and the build integration.
 */
export function runTranscriptCheck(): { problems: string[]; summary: string } {
  const { calls, problems } = loadCalls();
  const all: Problem[] = [...problems];
  const figures: string[] = [];
  let pageCount = 0;
  for (const call of calls) {
    const source = loadSource(call.sourceFile);
    const pages = loadPages(call.dir);
    pageCount += pages.length;
    all.push(
      ...checkTranscript(
        source,
        pages,
        call.sourceFile,
        call.data.topics.map((topic) => topic.id),
      ),
    );
    const sentences = source.reduce((sum, paragraph) => sum + paragraph.sentences.length, 0);
    figures.push(`${call.id}: ${sentences} sentences of ${source.length} paragraphs on ${pages.length} pages`);
  }
  for (const page of loadPages(SHARED_PAGES_DIR)) {
    pageCount++;
    all.push(...page.problems);
    const first = page.paragraphs[0] ?? page.qas[0];
    if (first)
      all.push({
        file: page.file,
        line: first.fileLine,
        message: 'a page shared by all calls quotes no transcript: move it into the folder of its call (content/calls/<call-id>/)',
      });
  }
  const lines = sortProblems(all).map(formatProblem);
  const summary = lines.length
    ? `transcript check: ${lines.length} problem(s) in ${pageCount} pages of ${calls.length} call(s)`
    : `transcript check: every sentence is quoted once, verbatim, in order (${figures.join('; ')})`;
  return { problems: lines, summary };
}
