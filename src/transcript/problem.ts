/** One finding of a content check, reported to contributors as `file:line: message`. */
export interface Problem {
  file: string;
  line: number;
  message: string;
}

export function formatProblem({ file, line, message }: Problem): string {
  return `${file}:${line}: ${message}`;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.message.localeCompare(b.message));
}
