import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { file, glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { figureEntry } from './schemas/figure.ts';
import { glossaryEntry } from './schemas/glossary.ts';
import { pageFields } from './schemas/page.ts';

export const collections = {
  docs: defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base: './content/docs' }),
    schema: docsSchema({ extend: pageFields }),
  }),
  // Starlight's UI strings for zh-CN, where its defaults need a change (src/content/i18n/zh-CN.json).
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  figures: defineCollection({
    loader: file('./content/figures.yaml'),
    schema: figureEntry,
  }),
  glossary: defineCollection({
    loader: file('./content/glossary.yaml'),
    schema: glossaryEntry,
  }),
};
