import type { Problem } from '../utils/problem.ts';
import { formatProblem } from '../utils/problem.ts';

/**
 * Root cause first: problems in the order of the rules that found them (rules/index.ts), then by
 * file and line; a page whose text a cause explains (a syntax error, say) was already left out
 * by the later rules. Returns the lines to print.
 */
export function report(problems: Problem[], ruleOrder: string[]): string[] {
  const rank = (problem: Problem) => {
    const index = ruleOrder.indexOf(problem.rule);
    return index < 0 ? ruleOrder.length : index;
  };
  return [...problems]
    .sort(
      (a, b) => rank(a) - rank(b) || a.file.localeCompare(b.file) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0) || a.message.localeCompare(b.message),
    )
    .map(formatProblem);
}

/** `content checks: 2 problem(s) (grammar 1, verbatim 1)`. */
export function countByRule(problems: Problem[]): string {
  const counts = new Map<string, number>();
  for (const problem of problems) counts.set(problem.rule, (counts.get(problem.rule) ?? 0) + 1);
  return [...counts].map(([rule, count]) => `${rule} ${count}`).join(', ');
}
