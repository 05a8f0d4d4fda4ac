import type { GlossaryEntry } from '../schemas/glossary.ts';

/** The Pagefind filter names, as readers see them in the search dialog. */
export const FILTER_NAMES = { call: '公司与季度', topic: '主题', speaker: '发言人' } as const;

/** Each filter's values, with how many pages have each: Pagefind's `filters()` shape. */
export type FilterCounts = Record<string, Record<string, number>>;

/** Only the filters that offer a choice: a filter with one value (one call on the site) would filter nothing. */
export function filtersWithChoice(counts: FilterCounts): FilterCounts {
  return Object.fromEntries(Object.entries(counts).filter(([, values]) => Object.keys(values).length > 1));
}

/** The file of the site's filter values (./filter-values.ts), written beside the search module. */
export const FILTERS_FILE = 'filters.json';

/** What a page's search data needs of its topic. */
interface Topic {
  id: string;
  label: string;
}

/**
 * Filters that hold per unit of a page (a Q&A turn) rather than per page: a page matches one
 * of their values through Pagefind, and the search keeps only its sub-results whose title
 * names the value (see `unitTitle`), so 分析师 shows the questions and 管理层 the answers.
 */
export const UNIT_FILTERS: readonly string[] = [FILTER_NAMES.speaker];

const TITLE_PARTS = ' · ';

/**
 * The title of a search sub-result (Pagefind's `data-pagefind-title` on an element with an
 * id): its parts joined, repeats dropped. A paragraph's is the heading it stands under on its
 * page ("产能与电力"); in a Q&A turn, who says it and the speaker filter's value come first
 * ("安迪·贾西 · 管理层 · 问答：AWS 产能与 Trainium 需求").
 */
export function unitTitle(...parts: readonly string[]): string {
  return [...new Set(parts.flatMap((part) => part.split(TITLE_PARTS)).filter(Boolean))].join(TITLE_PARTS);
}

/** True when a sub-result title names one of the values (a unit filter's selected values). */
export function titleNames(title: string, values: readonly string[]): boolean {
  const parts = title.split(TITLE_PARTS);
  return values.some((value) => parts.includes(value));
}

/**
 * The `name` of the `<meta>` elements that carry search data (Pagefind reads their
 * `data-pagefind-*` attributes): HTML wants a name on every `<meta content>`.
 */
export const SEARCH_META_NAME = 'pagefind';

/** The metadata field that carries a page's aliases into the index. */
export const ALIASES_META = 'aliases';

/** Every name a reader may search for a page by: the glossary terms that point to it. */
export function pageAliases(topic: Topic, glossary: readonly GlossaryEntry[]): string[] {
  const names = glossary.filter((entry) => entry.page === topic.id).flatMap((entry) => [entry.zh, entry.en, ...entry.aliases]);
  return [...new Set(names)];
}

/** `<head>` entries that give Pagefind a page's call and topic filters and its aliases. */
export function searchHeadEntries(callLabel: string, topic: Topic, glossary: readonly GlossaryEntry[]) {
  const aliases = pageAliases(topic, glossary);
  return [
    { tag: 'meta' as const, attrs: { name: SEARCH_META_NAME, 'data-pagefind-filter': `${FILTER_NAMES.call}[content]`, content: callLabel } },
    { tag: 'meta' as const, attrs: { name: SEARCH_META_NAME, 'data-pagefind-filter': `${FILTER_NAMES.topic}[content]`, content: topic.label } },
    ...(aliases.length > 0
      ? [{ tag: 'meta' as const, attrs: { name: SEARCH_META_NAME, 'data-pagefind-meta': `${ALIASES_META}[content]`, content: aliases.join(', ') } }]
      : []),
  ];
}
