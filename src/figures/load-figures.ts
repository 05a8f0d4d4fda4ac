import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { figureEntry, type Figure } from '../schemas/figure.ts';
import type { Problem } from '../transcript/problem.ts';

/** A figure with the line of the data file where its entry starts. */
export interface LocatedFigure {
  figure: Figure;
  /** The line of the entry (`- id: ...`). */
  fileLine: number;
  /** The line of each field, to report a problem where it is. */
  fieldLines: Partial<Record<keyof Figure, number>>;
}

/**
 * Reads and validates the figures data file. Never throws: YAML errors, entries that do not
 * match the schema and duplicate ids become problems with the data file's line.
 */
export function parseFigures(file: string, text: string): { figures: LocatedFigure[]; problems: Problem[] } {
  const figures: LocatedFigure[] = [];
  const problems: Problem[] = [];
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  for (const error of document.errors) problems.push({ file, line: lineAt(error.pos[0]), message: `not valid YAML: ${error.message.split('\n')[0]}` });
  if (document.errors.length > 0) return { figures, problems };
  if (!isSeq(document.contents)) return { figures, problems: [{ file, line: 1, message: 'the file must be a YAML list of figures (- id: ...)' }] };

  const seen = new Map<string, number>();
  for (const item of document.contents.items) {
    const fileLine = lineAt(isMap(item) ? item.range?.[0] : undefined);
    const parsed = figureEntry.safeParse(isMap(item) ? item.toJS(document) : item);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const path = issue.path.join('.');
        const keyLine = isMap(item) && typeof issue.path[0] === 'string' ? lineOfKey(item, issue.path[0], lineAt) : undefined;
        problems.push({ file, line: keyLine ?? fileLine, message: `${path ? `${path}: ` : ''}${issue.message}` });
      }
      continue;
    }
    const figure = parsed.data;
    const first = seen.get(figure.id);
    if (first !== undefined) problems.push({ file, line: fileLine, message: `id "${figure.id}" is already used at line ${first}: ids must be unique` });
    else seen.set(figure.id, fileLine);
    const fieldLines = Object.fromEntries(Object.keys(figure).map((key) => [key, lineOfKey(item as { items: { key: unknown }[] }, key, lineAt) ?? fileLine]));
    figures.push({ figure, fileLine, fieldLines });
  }
  return { figures, problems };
}

function lineOfKey(map: { items: { key: unknown }[] }, key: string, lineAt: (offset: number | undefined) => number): number | undefined {
  const pair = map.items.find((candidate) => (candidate.key as { value?: unknown } | null)?.value === key);
  const range = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
  return range ? lineAt(range[0]) : undefined;
}

/** Reads a call's `figures.yaml`, named relative to the working directory. */
export function loadFigures(path: string): { file: string; figures: LocatedFigure[]; problems: Problem[] } {
  const file = relative(process.cwd(), path);
  return { file, ...parseFigures(file, readFileSync(path, 'utf8')) };
}
