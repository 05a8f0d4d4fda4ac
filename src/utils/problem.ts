/**
 * One finding of a content check, reported to contributors as `file:line:column: message [rule]`.
 * `file` is the file a contributor edits (or, for the check of the built site, the page's route).
 */
export interface Problem {
  file: string;
  line: number;
  column?: number | undefined;
  /** The id of the rule that found it (src/checks/rules/, src/checks/output/). */
  rule: string;
  message: string;
}

/** `content/docs/aws.mdx:17:5: …`; a problem of the built site has no line: `/aws/#l17: …`. */
export function formatProblem({ file, line, column, rule, message }: Problem): string {
  const at = line > 0 ? `:${line}${column === undefined ? '' : `:${column}`}` : '';
  return `${file}${at}: ${message} [${rule}]`;
}
