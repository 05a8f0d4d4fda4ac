/**
 * Stock Starlight's search setup, for the benchmark's comparison: Pagefind's default index of
 * the built pages as they are (as Starlight's own Pagefind step writes it) and Starlight's
 * default ranking (its `pagefind.ranking` schema defaults).
 */
import { readBuiltSite } from '../../src/built/built-site.ts';
import { writePagefindIndex } from '../../src/search/pagefind-index.ts';

export const STARLIGHT_RANKING = { pageLength: 0.1, termFrequency: 0.1, termSaturation: 2, termSimilarity: 9, diacriticSimilarity: 0.8 } as const;

/** Indexes the built site the way Starlight does: every page as built, Pagefind's defaults. */
export function buildStockIndex({ siteDir, outputDir }: { siteDir: string; outputDir: string }): Promise<number> {
  return writePagefindIndex({ pages: readBuiltSite(siteDir).pages, outputDir });
}

/** Starlight's stock search module: Pagefind itself, the query sent as typed. */
export const STOCK_SEARCH_MODULE = "export * from '../pagefind/pagefind.js';";
