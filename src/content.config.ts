import { docsSchema } from '@astrojs/starlight/schema';
import { file, glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { glossaryEntry } from './schemas/glossary.ts';
import { pageFields } from './schemas/page.ts';

export const collections = {
  docs: defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base: './content/docs' }),
    schema: docsSchema({ extend: pageFields }),
  }),
  glossary: defineCollection({
    loader: file('./content/glossary.yaml'),
    schema: glossaryEntry,
  }),
};
