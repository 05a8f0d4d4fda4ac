import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { CALL } from '../checks/call.ts';
import type { Problem } from '../checks/problem.ts';
import { parseYamlList } from '../checks/yaml-list.ts';
import { figureEntry, type Figure } from '../schemas/figure.ts';

export const FIGURES_FILE = CALL.figuresFile;

/** A figure with the line of the data file where its entry starts. */
export interface LocatedFigure {
  figure: Figure;
  fileLine: number;
  fieldLines: Partial<Record<keyof Figure, number>>;
}

/** Reads `content/figures.yaml` (the checks read it through src/checks/load.ts; tests and benchmarks here). */
export function loadFigures(path = FIGURES_FILE): { file: string; figures: LocatedFigure[]; problems: Problem[] } {
  const file = relative(process.cwd(), path);
  const { entries, problems } = parseYamlList(file, readFileSync(path, 'utf8'), figureEntry, 'figures');
  return { file, figures: entries.map(({ entry, fileLine, fieldLines }) => ({ figure: entry, fileLine, fieldLines })), problems };
}
