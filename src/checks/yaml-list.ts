import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import type { ZodType } from 'astro/zod';
import type { Problem } from '../utils/problem.ts';

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
    const keyLine = (key: string) => (isMap(item) ? lineOfKey(item, key, (offset) => at(offset).line) : undefined);
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

function lineOfKey(map: { items: { key: unknown }[] }, key: string, lineAt: (offset: number | undefined) => number): number | undefined {
  const pair = map.items.find((candidate) => (candidate.key as { value?: unknown } | null)?.value === key);
  const range = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
  return range ? lineAt(range[0]) : undefined;
}
