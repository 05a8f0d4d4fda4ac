import { isMap, isSeq, LineCounter, parseDocument, type Document, type Pair, type YAMLMap } from 'yaml';
import type { z, ZodType } from 'astro/zod';
import type { Problem } from '../utils/problem.ts';

/*
 * The one reader of the YAML data files (call.yaml, companies, figures, charts, glossary,
 * redirects): never throws; a syntax error, a value that does not match the schema and, in a
 * list of entries, a duplicate id each become a problem at the line where it is.
 */

/** A problem of a data file, before a rule id is given to it. */
type FileProblem = Omit<Problem, 'rule'>;

/**
 * Reads a YAML data file and validates it with a Zod schema. Never throws: a YAML error or a
 * value that does not match the schema becomes a problem at the line of the field.
 */
export function readYaml<T>(
  file: string,
  text: string,
  schema: z.ZodType<T>,
): { data?: T; problems: FileProblem[]; lineOf: (path: (string | number)[]) => number } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineOf = (path: (string | number)[]) => lineOfPath(document, path, lineCounter);
  const problems: FileProblem[] = document.errors.map((error) => ({
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
      const pair = pairOf(node, key);
      if (!pair) break;
      offset = keyOffset(pair) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
      offset = (node as { range?: [number] } | null)?.range?.[0] ?? offset;
    } else break;
  }
  return lineCounter.linePos(offset).line;
}

/** An entry of a YAML data list with the line where it starts and the line of each key. */
export interface LocatedEntry<T> {
  entry: T;
  /** The line of the entry (`- id: ...`). */
  fileLine: number;
  fieldLines: Partial<Record<keyof T, number>>;
}

/**
 * Reads a data file that is a YAML list of entries (a call's figures.yaml, content/glossary.yaml)
 * and validates each entry against its schema. Never throws: a YAML syntax error, an entry that
 * does not match the schema and a duplicate id each become a problem at the line where it is.
 */
export function parseYamlList<T extends { id: string }>(
  file: string,
  text: string,
  schema: ZodType<T>,
  rule: string,
  describe: (issue: { path: string; message: string; value: unknown }) => string = ({ path, message }) => `${path ? `${path}: ` : ''}${message}`,
): { entries: LocatedEntry<T>[]; problems: Problem[] } {
  const entries: LocatedEntry<T>[] = [];
  const problems: Problem[] = [];
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const at = (offset: number | undefined) => (offset === undefined ? { line: 1, col: 1 } : lineCounter.linePos(offset));
  // The first error is the cause; the ones after it usually follow from it.
  for (const error of document.errors.slice(0, 1)) {
    const { line, col } = at(error.pos[0]);
    problems.push({
      file,
      line,
      column: col,
      rule,
      message: `not valid YAML: ${error.message.split('\n')[0]}. Check the indentation and the quotes of this line and the lines around it`,
    });
  }
  if (document.errors.length > 0) return { entries, problems };
  if (!isSeq(document.contents)) return { entries, problems: [{ file, line: 1, rule, message: 'the file must be a YAML list of entries (- id: ...)' }] };

  const seen = new Map<string, number>();
  for (const item of document.contents.items) {
    const fileLine = at(isMap(item) ? item.range?.[0] : undefined).line;
    const raw: unknown = isMap(item) ? item.toJS(document) : item;
    const keyLine = (key: string) => {
      const offset = isMap(item) ? keyOffset(pairOf(item, key)) : undefined;
      return offset === undefined ? undefined : at(offset).line;
    };
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = typeof issue.path[0] === 'string' ? issue.path[0] : undefined;
        const value = key && raw && typeof raw === 'object' ? (raw as Record<string, unknown>)[key] : undefined;
        problems.push({
          file,
          line: (key && keyLine(key)) || fileLine,
          rule,
          message: describe({ path: issue.path.join('.'), message: issue.message, value }),
        });
      }
      continue;
    }
    const entry = parsed.data;
    const first = seen.get(entry.id);
    if (first !== undefined)
      problems.push({
        file,
        line: fileLine,
        rule,
        message: `id "${entry.id}" is already used at line ${first}: ids must be unique (one entry would be lost); merge the two entries or rename one`,
      });
    else seen.set(entry.id, fileLine);
    const fieldLines = Object.fromEntries(Object.keys(entry).map((key) => [key, keyLine(key) ?? fileLine])) as Partial<Record<keyof T, number>>;
    entries.push({ entry, fileLine, fieldLines });
  }
  return { entries, problems };
}

/** The entry of `key` in a YAML map. */
function pairOf(map: YAMLMap, key: unknown): Pair | undefined {
  return map.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
}

/** Where an entry's key starts in the text. */
function keyOffset(pair: Pair | undefined): number | undefined {
  return (pair?.key as { range?: [number] } | undefined)?.range?.[0];
}
