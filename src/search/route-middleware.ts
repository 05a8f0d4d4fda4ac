import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getCalls } from '../data/calls.ts';
import { getGlossary } from '../data/glossary.ts';
import { getTopicPages } from '../data/topic-pages.ts';
import { SEARCH_META_NAME, searchHeadEntries } from './page-search-data.ts';

/** Starlight route middleware: each topic page tells Pagefind its call, its topic and its glossary aliases. */
export const onRequest = defineRouteMiddleware(async (context) => {
  const { entry, head } = context.locals.starlightRoute;
  if (!('topic' in entry.data) || !entry.data.topic) return;
  const page = (await getTopicPages()).find((candidate) => candidate.id === entry.id);
  if (!page) return;
  head.push(...searchHeadEntries(page.call.label, page.topic, getGlossary()));
  // With more than one call, a result says which call it comes from.
  if ((await getCalls()).length > 1)
    head.push({ tag: 'meta', attrs: { name: SEARCH_META_NAME, 'data-pagefind-meta': 'title[content]', content: `${entry.data.title} · ${page.call.label}` } });
});
