import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';
import type { Problem as CheckProblem } from '../utils/problem.ts';

/** A problem of a data file, before a rule id is given to it. */
type Problem = Omit<CheckProblem, 'rule'>;

/**
 * Reads a YAML data file and validates it with a Zod schema. Never throws: a YAML error or a
 * value that does not match the schema becomes a problem at the line of the field.
 */
export function readYaml<T>(
  file: string,
  text: string,
  schema: z.ZodType<T>,
): { data?: T; problems: Problem[]; lineOf: (path: (string | number)[]) => number } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineOf = (path: (string | number)[]) => lineOfPath(document, path, lineCounter);
  const problems: Problem[] = document.errors.map((error) => ({
    file,
    line: lineCounter.linePos(error.pos[0]).line,
    message: `not valid YAML: ${error.message.split('\n')[0]}`,
  }));
  if (problems.length > 0) return { problems, lineOf };
  const parsed = schema.safeParse(document.toJS());
  if (parsed.success) return { data: parsed.data, problems, lineOf };
  for (const issue of parsed.error.issues) {
    const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    problems.push({ file, line: lineOf(path), message: `${path.length ? `${path.join('.')}: ` : ''}${issue.message}` });
  }
  return { problems, lineOf };
}

/** The line of the deepest node of `path` that exists (a missing field: the line of its parent). */
function lineOfPath(document: Document, path: (string | number)[], lineCounter: LineCounter): number {
  let node: unknown = document.contents;
  let offset = (node as { range?: [number] } | null)?.range?.[0] ?? 0;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
      if (!pair) break;
      offset = (pair.key as { range?: [number] }).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
      offset = (node as { range?: [number] } | null)?.range?.[0] ?? offset;
    } else break;
  }
  return lineCounter.linePos(offset).line;
}
