import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getCollection } from 'astro:content';
import { getTopicPages } from '../data/topic-pages.ts';
import { searchHeadEntries } from './page-search-data.ts';

/** Starlight route middleware: each topic page tells Pagefind its call, its topic and its glossary aliases. */
export const onRequest = defineRouteMiddleware(async (context) => {
  const { entry, head } = context.locals.starlightRoute;
  if (!('topic' in entry.data) || !entry.data.topic) return;
  const page = (await getTopicPages()).find((candidate) => candidate.id === entry.id);
  if (!page) return;
  const glossary = (await getCollection('glossary')).map((item) => item.data);
  head.push(...searchHeadEntries(page.call.label, page.topic, glossary));
});
