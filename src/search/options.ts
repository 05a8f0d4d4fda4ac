/**
 * Every option the site gives Pagefind, in one place (the search dialog and the
 * benchmark both read it).
 */
import { ELLIPSIS } from './result.ts';

/** Where the site's search engine module lives (src/search/engine.ts, bundled to search/pagefind.js), under the base path. */
export function searchBundlePath(base: string): string {
  return `${base.replace(/\/?$/, '/')}search/`;
}

/**
 * The site's ranking. Pages differ a lot in length (a one-paragraph topic page next to
 * the long AWS page), so length counts for little; a page whose glossary aliases name
 * the query (data-pagefind-meta "aliases") is the page the reader wants.
 */
export const SITE_RANKING = {
  // Starlight's defaults (bench/search/starlight.ts) ...
  termFrequency: 0.1,
  termSaturation: 2,
  termSimilarity: 9,
  diacriticSimilarity: 0.8,
  // ... but page length counting for nothing, and the aliases for much.
  pageLength: 0,
  metaWeights: { title: 5, aliases: 10 },
} as const;

/**
 * Options for Pagefind itself (`pagefind.options()`). No `metaCacheTag`: Pagefind's own
 * `?ts=<now>` on its entry file keeps the network from answering with a stale index, and the
 * service worker answers offline whatever the `ts` (src/offline/service-worker.ts); the pages'
 * HTML stays the same from one build to the next.
 */
export function pagefindOptions(base: string) {
  return {
    baseUrl: base,
    ranking: SITE_RANKING,
    // Words; each Han character is one (src/search/segment.ts): about two lines of a paragraph.
    excerptLength: 40,
    // Marks an excerpt that does not start its paragraph; src/search/result.ts then starts it at a clause.
    excerptEllipsis: ELLIPSIS,
  };
}

/** The search dialog's strings: Pagefind UI's zh-CN set, which it does not pick up by itself. */
export const SEARCH_TRANSLATIONS = {
  placeholder: '搜索',
  clear_search: '清除',
  load_more: '加载更多结果',
  search_label: '站内搜索',
  filters_label: '筛选',
  zero_results: '未找到 [SEARCH_TERM] 的相关结果',
  many_results: '找到 [COUNT] 个 [SEARCH_TERM] 的相关结果',
  one_result: '找到 [COUNT] 个 [SEARCH_TERM] 的相关结果',
  alt_search: '未找到 [SEARCH_TERM] 的相关结果。改为显示 [DIFFERENT_TERM] 的相关结果',
  search_suggestion: '未找到 [SEARCH_TERM] 的相关结果。请尝试以下搜索。',
  searching: '正在搜索 [SEARCH_TERM]...',
} as const;

/** Options for Pagefind's UI (`new PagefindUI()`), Pagefind's own options included. */
export function searchUiOptions(base: string) {
  return {
    ...pagefindOptions(base),
    bundlePath: searchBundlePath(base),
    showImages: false,
    showSubResults: true,
    // Every result of this site's queries on one screen, so the count is what the dialog
    // shows; a longer list (many calls) gets Pagefind UI's "load more" button.
    pageSize: 20,
    // Short enough that results show within 50 ms of the last keystroke. (Overlapping Pagefind
    // calls once made a quick first search come back empty; src/search/engine.ts runs them in turn.)
    debounceTimeoutMs: 20,
    translations: SEARCH_TRANSLATIONS,
  };
}
