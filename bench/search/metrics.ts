/**
 * One query of the query sets (bench/search-queries*.yaml). literal and topic queries are
 * judged by the pages that contain the string; alias, english and pinyin by the wanted page;
 * traditional by the pages its simplified original finds; nonsense by finding nothing; person,
 * symbol and synonym (names, numbers as readers write them, words the text does not use) by the wanted page.
 */
export interface Query {
  q: string;
  kind: 'literal' | 'topic' | 'alias' | 'english' | 'pinyin' | 'traditional' | 'nonsense' | 'person' | 'symbol' | 'synonym';
  group: string;
  /** The page(s) a reader wants (topic, alias, english, pinyin): paths, e.g. `/chips/`. Any one counts. */
  page?: string[];
  /** Traditional queries: the simplified query it was converted from. */
  simplified?: string;
}

/** Queries whose correct pages are the pages containing the string. */
export const isLiteral = (query: Query) => query.kind === 'literal' || query.kind === 'topic';

export interface QueryFigures {
  results: number;
  /** Literal and topic queries: share of the pages containing the string that were returned. */
  recall: number | null;
  /** Share of the first five results that contain the string (or are the wanted page). */
  precisionAt5: number | null;
  /** Rank of the first correct page (1-based), or null if none was returned. */
  firstCorrectRank: number | null;
  /** Rank of the wanted page (topic and alias queries). */
  wantedRank: number | null;
}

/**
 * The figures of one query: `returned` are the result page paths in order, `containing`
 * the page paths whose visible text contains the query string.
 */
export function queryFigures(query: Query, returned: readonly string[], containing: readonly string[]): QueryFigures {
  const wantedPages = query.page ?? [];
  const correct = (path: string) => containing.includes(path) || wantedPages.includes(path);
  const top5 = returned.slice(0, 5);
  const firstCorrect = returned.findIndex(correct);
  const wanted = returned.findIndex((path) => wantedPages.includes(path));
  return {
    results: returned.length,
    recall: !isLiteral(query) || containing.length === 0 ? null : containing.filter((path) => returned.includes(path)).length / containing.length,
    precisionAt5: top5.length === 0 ? null : top5.filter(correct).length / top5.length,
    firstCorrectRank: firstCorrect === -1 ? null : firstCorrect + 1,
    wantedRank: wantedPages.length ? (wanted === -1 ? null : wanted + 1) : null,
  };
}

export function mean(values: readonly (number | null)[]): number | null {
  const numbers = values.filter((value): value is number => value !== null);
  return numbers.length ? numbers.reduce((sum, value) => sum + value, 0) / numbers.length : null;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
