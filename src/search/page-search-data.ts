import type { GlossaryEntry } from '../schemas/glossary.ts';
import type { Topic } from '../topics.ts';

/** The Pagefind filter names, as readers see them in the search dialog. */
export const FILTER_NAMES = { topic: '主题', speaker: '发言人' } as const;

/** The metadata field that carries a page's aliases into the index. */
export const ALIASES_META = 'aliases';

/** Every name a reader may search for a page by: the glossary terms that point to it. */
export function pageAliases(topic: Topic, glossary: readonly GlossaryEntry[]): string[] {
  const names = glossary.filter((entry) => entry.page === topic.id).flatMap((entry) => [entry.zh, entry.en, ...entry.aliases]);
  return [...new Set(names)];
}

/** `<head>` entries that give Pagefind a page's topic filter and its aliases. */
export function searchHeadEntries(topic: Topic, glossary: readonly GlossaryEntry[]) {
  const aliases = pageAliases(topic, glossary);
  return [
    { tag: 'meta' as const, attrs: { 'data-pagefind-filter': `${FILTER_NAMES.topic}[content]`, content: topic.label } },
    ...(aliases.length > 0 ? [{ tag: 'meta' as const, attrs: { 'data-pagefind-meta': `${ALIASES_META}[content]`, content: aliases.join(', ') } }] : []),
  ];
}
