/**
 * The search filters of the built pages, read at build time, so that the search dialog can
 * offer them without asking Pagefind to load its filter index. Pagefind counts every filter
 * value it has loaded on every search (a cost that grows with the site: at 10,000 pages it is
 * most of a query's time), while the dialog shows the counts only once the reader opens a
 * filter. The engine (./engine.ts) serves these values until then, and Pagefind's own counts after.
 * Each page's filters are read from its tree by ../built/page-filters.ts.
 */
import type { FilterCounts } from './page-search-data.ts';

/**
 * The pages' filters counted: for each filter value, the number of pages that have it. Names
 * and values in code point order, as Pagefind lists them, so that the dialog's list keeps its
 * order when Pagefind's own counts replace these.
 */
export function countFilters(pages: Iterable<Map<string, Set<string>>>): FilterCounts {
  const counts = new Map<string, Map<string, number>>();
  for (const page of pages) {
    for (const [name, values] of page) {
      const byValue = counts.get(name) ?? new Map<string, number>();
      for (const value of values) byValue.set(value, (byValue.get(value) ?? 0) + 1);
      counts.set(name, byValue);
    }
  }
  const sorted = <T>(map: Map<string, T>) => [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(sorted(counts).map(([name, byValue]) => [name, Object.fromEntries(sorted(byValue))]));
}
