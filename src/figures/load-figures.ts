import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Problem } from '../utils/problem.ts';
import { parseYamlList } from '../checks/yaml-list.ts';
import { figureEntry, type Figure } from '../schemas/figure.ts';

/** A figure with the line of the data file where its entry starts. */
export interface LocatedFigure {
  figure: Figure;
  /** The line of the entry (`- id: ...`). */
  fileLine: number;
  /** The line of each field, to report a problem where it is. */
  fieldLines: Partial<Record<keyof Figure, number>>;
}

/** Reads a call's `figures.yaml` (the checks read it through src/checks/load.ts; the content loader, tests and benchmarks here). */
export function loadFigures(path: string): { file: string; figures: LocatedFigure[]; problems: Problem[] } {
  const file = relative(process.cwd(), path);
  const { entries, problems } = parseYamlList(file, readFileSync(path, 'utf8'), figureEntry, 'figures');
  return { file, figures: entries.map(({ entry, fileLine, fieldLines }) => ({ figure: entry, fileLine, fieldLines })), problems };
}
