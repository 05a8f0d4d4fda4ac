import { CALL_RULE, REDIRECTS_RULE, type Site } from '../model/site.ts';
import type { Content } from '../model/content.ts';
import type { Problem } from '../utils/problem.ts';
import { countByRule, report } from './report.ts';
import { checkSharedPages, SHARED_RULE } from './shared-pages.ts';
import type { Rule } from './rule.ts';
import { RULES } from './rules/index.ts';

export interface CheckRun {
  problems: Problem[];
  /** The problems to print, root cause first. */
  lines: string[];
  summary: string;
}

/** Runs the rules over one call's content. */
export function runRules(content: Content, rules: Rule[] = RULES): Problem[] {
  return rules.flatMap((rule) => rule.check(content));
}

/**
 * Runs the rules over the content model, each call on its own source, pages and figures: the
 * one entry point of `npm run check:content` and of the build. The shared glossary is checked
 * with every call and reported once; pages shared by all calls (content/docs/) by ./shared-pages.ts.
 */
export function runChecks(site: Site, rules: Rule[] = RULES): CheckRun {
  const contents = site.calls.map((call) => call.content);
  const found = new Map<string, Problem>();
  for (const problem of [...site.problems, ...contents.flatMap((content) => runRules(content, rules))]) found.set(JSON.stringify(problem), problem);
  for (const problem of checkSharedPages(site.sharedPages)) found.set(JSON.stringify(problem), problem);
  const problems = [...found.values()];
  const pageCount = contents.reduce((sum, content) => sum + content.pages.length, site.sharedPages.length);
  const perCall = contents
    .map((content) => {
      const sentences = content.source.paragraphs.reduce((sum, paragraph) => sum + paragraph.sentences.length, 0);
      return `${content.call?.id}: ${sentences} sentences of ${content.source.paragraphs.length} source paragraphs on ${content.pages.length} pages, ${content.figures.entries.length} figures`;
    })
    .join('; ');
  const pages = `${pageCount} pages of ${contents.length} call(s), ${rules.length} rules`;
  const summary = problems.length
    ? `content checks: ${problems.length} problem(s) (${countByRule(problems)}); ${pages}`
    : `content checks: all passed (${perCall}; ${site.glossary.entries.length} glossary entries); ${pages}`;
  return { problems, lines: report(problems, [CALL_RULE, REDIRECTS_RULE, ...RULES.map((rule) => rule.id), SHARED_RULE]), summary };
}
