import type { GlossaryEntry } from '../schemas/glossary.ts';

/** The Pagefind filter names, as readers see them in the search dialog. */
export const FILTER_NAMES = { call: '公司与季度', topic: '主题', speaker: '发言人' } as const;

/** What a page's search data needs of its topic. */
interface Topic {
  id: string;
  label: string;
}

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
    { tag: 'meta' as const, attrs: { 'data-pagefind-filter': `${FILTER_NAMES.call}[content]`, content: callLabel } },
    { tag: 'meta' as const, attrs: { 'data-pagefind-filter': `${FILTER_NAMES.topic}[content]`, content: topic.label } },
    ...(aliases.length > 0 ? [{ tag: 'meta' as const, attrs: { 'data-pagefind-meta': `${ALIASES_META}[content]`, content: aliases.join(', ') } }] : []),
  ];
}
