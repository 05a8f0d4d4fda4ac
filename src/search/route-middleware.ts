import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getCollection } from 'astro:content';
import { topicById } from '../topics.ts';
import { searchHeadEntries } from './page-search-data.ts';

/** Starlight route middleware: each topic page tells Pagefind its topic and its glossary aliases. */
export const onRequest = defineRouteMiddleware(async (context) => {
  const { entry, head } = context.locals.starlightRoute;
  const topic = 'topic' in entry.data ? topicById(String(entry.data.topic)) : undefined;
  if (!topic) return;
  const glossary = (await getCollection('glossary')).map((item) => item.data);
  head.push(...searchHeadEntries(topic, glossary));
});
