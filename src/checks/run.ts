import { SHARED_PAGES_DIR } from '../calls/paths.ts';
import { readPages } from '../transcript/load-pages.ts';
import { loadContent, type Content } from './load.ts';
import type { Problem } from '../utils/problem.ts';
import { countByRule, report } from './report.ts';
import type { Rule } from './rule.ts';
import { loadCalls } from '../calls/load-calls.ts';
import { RULES } from './rules/index.ts';

export interface CheckRun {
  /** Each call's content, loaded once (pages parsed once): the render and the output check use them. */
  contents: Content[];
  problems: Problem[];
  /** The problems to print, root cause first. */
  lines: string[];
  summary: string;
  loadMs: number;
  checkMs: number;
}

/** Runs the rules over loaded content: the one entry point of the CLI and the build integration. */
export function runRules(content: Content, rules: Rule[] = RULES): Problem[] {
  return rules.flatMap((rule) => rule.check(content));
}

/** The rule id of the call files' own problems (call.yaml, companies). */
const CALL_RULE = 'call';

/** The rule id of a page shared by every call (content/docs/) that quotes a call. */
const SHARED_RULE = 'shared-pages';

/**
 * Loads every call (content/calls/<call-id>/) once and runs the rules over each, on its own
 * source, pages and figures, timing both. The shared glossary is checked with every call and
 * reported once; pages shared by all calls (content/docs/) may not quote a transcript.
 */
export function runChecks(options: { rules?: Rule[] } = {}): CheckRun {
  const rules = options.rules ?? RULES;
  const started = performance.now();
  const { calls, problems: callFileProblems } = loadCalls();
  const callProblems = callFileProblems.map((problem) => ({ ...problem, rule: CALL_RULE }));
  const siteTopicIds = [...new Set(calls.flatMap((call) => call.data.topics.map((topic) => topic.id)))];
  const contents = calls.map((call) => loadContent(call, siteTopicIds));
  const shared = readPages(SHARED_PAGES_DIR);
  const loaded = performance.now();
  const found = new Map<string, Problem>();
  for (const problem of [...callProblems, ...contents.flatMap((content) => runRules(content, rules))]) found.set(JSON.stringify(problem), problem);
  for (const { page } of shared) {
    for (const problem of page.problems) found.set(JSON.stringify(problem), problem);
    const quoted = page.paragraphs[0];
    if (quoted)
      found.set(page.file, {
        file: page.file,
        line: quoted.fileLine,
        rule: SHARED_RULE,
        message: 'a page shared by all calls quotes no transcript: move it into the folder of its call (content/calls/<call-id>/)',
      });
  }
  const problems = [...found.values()];
  const checkMs = performance.now() - loaded;
  const loadMs = loaded - started;
  const pageCount = contents.reduce((sum, content) => sum + content.pages.length, shared.length);
  const pages = `${pageCount} pages of ${contents.length} call(s) parsed once in ${Math.round(loadMs)} ms, ${rules.length} rules in ${Math.round(checkMs)} ms`;
  const perCall = contents
    .map((content) => {
      const sentences = content.source.paragraphs.reduce((sum, paragraph) => sum + paragraph.sentences.length, 0);
      return `${content.call?.id}: ${sentences} sentences of ${content.source.paragraphs.length} source paragraphs on ${content.pages.length} pages, ${content.figures.entries.length} figures`;
    })
    .join('; ');
  const glossary = contents[0]?.glossary.entries.length ?? 0;
  const summary = problems.length
    ? `content checks: ${problems.length} problem(s) (${countByRule(problems)}); ${pages}`
    : `content checks: all passed (${perCall}; ${glossary} glossary entries); ${pages}`;
  return {
    contents,
    problems,
    lines: report(problems, [CALL_RULE, ...RULES.map((rule) => rule.id), SHARED_RULE]),
    summary,
    loadMs,
    checkMs,
  };
}
