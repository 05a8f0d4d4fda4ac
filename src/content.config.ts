import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { file, glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { readFileSync } from 'node:fs';
import { chartDefinition } from './charts/charts.ts';
import { loadCalls } from './calls/load-calls.ts';
import { CALLS_DIR, GLOSSARY_FILE, pageId, pagePatterns, REDIRECTS_FILE } from './calls/paths.ts';
import { normalizeRoute } from './calls/routes.ts';
import { readYaml } from './calls/read-yaml.ts';
import { callEntry, companyEntry } from './schemas/call.ts';
import { figureEntry } from './schemas/figure.ts';
import { glossaryEntry } from './schemas/glossary.ts';
import { pageFields } from './schemas/page.ts';
import { loadFigures } from './figures/load-figures.ts';

const route = z
  .string()
  .regex(/^\/([a-z0-9-]+\/)*$/, 'a route like /aws/ (starting and ending with /)')
  .transform(normalizeRoute);
const redirect = z.object({ from: route, to: route }).strict();
const redirectsFile = z.array(redirect);

/**
 * The content: every page (calls' pages and shared pages, ids from src/calls/paths.ts), the calls
 * with their source text, the figures of every call, and the shared glossary. The content checks
 * (before every build) report mistakes in these files with file and line; the loaders below only
 * leave out what the checks reject.
 */
export const collections = {
  docs: defineCollection({
    loader: glob({ pattern: pagePatterns(), base: '.', generateId: ({ entry, data }) => pageId(entry, data['slug']) }),
    schema: docsSchema({ extend: pageFields }),
  }),
  calls: defineCollection({
    loader: {
      name: 'calls',
      load: async ({ store, parseData, watcher }) => {
        store.clear();
        for (const call of loadCalls().calls) {
          const data = await parseData({
            id: call.id,
            data: { ...call.data, company: call.company, charts: call.charts, sourceText: readFileSync(call.sourceFile, 'utf8') },
          });
          store.set({ id: call.id, data });
        }
        watcher?.add(CALLS_DIR);
      },
    },
    schema: callEntry.extend({ company: companyEntry, charts: z.array(chartDefinition), sourceText: z.string() }),
  }),
  // Starlight's UI strings for zh-CN, where its defaults need a change (src/content/i18n/zh-CN.json).
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  figures: defineCollection({
    loader: {
      name: 'figures',
      load: async ({ store, parseData }) => {
        store.clear();
        for (const call of loadCalls().calls) {
          for (const { figure } of loadFigures(call.figuresFile).figures) {
            const id = `${call.id}/${figure.id}`;
            store.set({ id, data: await parseData({ id, data: { call: call.id, figure } }) });
          }
        }
      },
    },
    schema: z.object({ call: z.string(), figure: figureEntry }),
  }),
  redirects: defineCollection({
    loader: {
      name: 'redirects',
      load: async ({ store, parseData, logger }) => {
        store.clear();
        const { data, problems } = readYaml(REDIRECTS_FILE, readFileSync(REDIRECTS_FILE, 'utf8'), redirectsFile);
        for (const problem of problems) logger.error(`content/redirects.yaml:${problem.line}: ${problem.message}`);
        if (problems.length > 0) throw new Error('content/redirects.yaml has mistakes; see above.');
        for (const redirect of data ?? []) store.set({ id: redirect.from, data: await parseData({ id: redirect.from, data: redirect }) });
      },
    },
    schema: redirect,
  }),
  glossary: defineCollection({
    loader: file(GLOSSARY_FILE),
    schema: glossaryEntry,
  }),
};
