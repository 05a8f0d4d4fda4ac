import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { pageId, pagePatterns } from './calls/paths.ts';
import { pageFields } from './schemas/page.ts';

/**
 * Starlight's collections: the pages (calls' pages and shared pages, ids from src/calls/paths.ts),
 * which Astro compiles, and Starlight's UI strings. Everything else the pages show (calls,
 * figures, glossary, redirects, the parsed transcript) comes from the content model
 * (src/model/site.ts) through `virtual:site`; the content checks report mistakes in these files
 * with file and line before the build.
 */
export const collections = {
  docs: defineCollection({
    loader: glob({ pattern: pagePatterns(), base: '.', generateId: ({ entry, data }) => pageId(entry, data['slug']) }),
    schema: docsSchema({ extend: pageFields }),
  }),
  // Starlight's UI strings for zh-CN, where its defaults need a change (src/content/i18n/zh-CN.json).
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
