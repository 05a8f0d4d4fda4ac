import { CALL, GLOSSARY_FILE, type Call } from './call.ts';
import { loadContent, type Content } from './load.ts';
import type { Problem } from './problem.ts';
import { countByRule, report } from './report.ts';
import type { Rule } from './rule.ts';
import { RULES } from './rules/index.ts';

export interface CheckRun {
  content: Content;
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

/** Loads the content once and runs the rules over it, timing both. */
export function runChecks(options: { call?: Call; glossaryFile?: string; rules?: Rule[] } = {}): CheckRun {
  const rules = options.rules ?? RULES;
  const started = performance.now();
  const content = loadContent(options.call ?? CALL, options.glossaryFile ?? GLOSSARY_FILE);
  const loaded = performance.now();
  const problems = runRules(content, rules);
  const checkMs = performance.now() - loaded;
  const loadMs = loaded - started;
  const pages = `${content.pages.length} pages parsed once in ${Math.round(loadMs)} ms, ${rules.length} rules in ${Math.round(checkMs)} ms`;
  const sentences = content.source.paragraphs.reduce((sum, paragraph) => sum + paragraph.sentences.length, 0);
  const summary = problems.length
    ? `content checks: ${problems.length} problem(s) (${countByRule(problems)}); ${pages}`
    : `content checks: all passed (${sentences} sentences of ${content.source.paragraphs.length} source paragraphs, ${content.figures.entries.length} figures, ${content.glossary.entries.length} glossary entries); ${pages}`;
  return {
    content,
    problems,
    lines: report(
      problems,
      RULES.map((rule) => rule.id),
    ),
    summary,
    loadMs,
    checkMs,
  };
}
