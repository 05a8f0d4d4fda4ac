import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { parse } from 'yaml';
import { buildSearchDictionaries, englishShards, type GlossaryTerms } from './build-dictionaries.ts';
import { DICTIONARY_FILES } from './dictionary.ts';
import { countFilters, pageFilters } from './filter-values.ts';
import { FILTERS_FILE } from './page-search-data.ts';

const ENGINE_SOURCE = fileURLToPath(new URL('./engine.ts', import.meta.url));
const GLOSSARY = fileURLToPath(new URL('../../content/glossary.yaml', import.meta.url));

/** The folder of the built site that holds the search module and its dictionaries (options.ts: searchBundlePath). */
export const SEARCH_FOLDER = 'search';

/** The indexed text of a built page (its `data-pagefind-body` element), or '' for a page outside the index. */
export function indexedText(html: string): string {
  const body = /<[^>]*\bdata-pagefind-body\b[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
  return body
    .replace(/<(script|style|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/gi, ' ');
}

export interface SearchFilesReport {
  /** Bytes of the bundled search module, the filter values and each dictionary. */
  bytes: Record<'module' | 'filters' | keyof typeof DICTIONARY_FILES, number>;
  /** Build time of each step, ms. */
  ms: Record<string, number>;
}

/**
 * Writes the browser side of the search into a finished build: src/search/engine.ts bundled
 * by esbuild as `search/pagefind.js` (an ES module, like Pagefind's own), and beside it the
 * dictionaries built from the indexed pages' text and the pages' filter values (./filter-values.ts).
 */
export async function writeSearchFiles(siteDir: string): Promise<SearchFilesReport> {
  const outDir = join(siteDir, SEARCH_FOLDER);
  await mkdir(outDir, { recursive: true });
  const started = performance.now();
  const result = await build({
    entryPoints: [ENGINE_SOURCE],
    outfile: join(outDir, 'pagefind.js'),
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    write: true,
    metafile: true,
    logLevel: 'warning',
  });
  const moduleMs = performance.now() - started;
  const pages = (await readdir(siteDir, { recursive: true })).filter((file) => file.endsWith('.html')).sort();
  let filtersMs = 0;
  const indexed = (
    await Promise.all(
      pages.map(async (file) => {
        const html = await readFile(join(siteDir, file), 'utf8');
        const text = indexedText(html);
        if (!text) return undefined;
        const started = performance.now();
        const filters = pageFilters(html);
        filtersMs += performance.now() - started;
        return { text, filters };
      }),
    )
  ).filter((page) => page !== undefined);
  const countStarted = performance.now();
  const filters = countFilters(indexed.map((page) => page.filters));
  filtersMs += performance.now() - countStarted;
  const glossary = parse(await readFile(GLOSSARY, 'utf8')) as GlossaryTerms[];
  const { timings, ...dictionaries } = await buildSearchDictionaries(
    indexed.map(({ text }) => text),
    glossary,
  );
  const bytes = { module: Object.values(result.metafile.outputs)[0]?.bytes ?? 0, filters: 0, english: 0, traditional: 0, pinyin: 0 };
  const files: [file: string, data: unknown, part: keyof typeof bytes][] = [
    [FILTERS_FILE, filters, 'filters'],
    [DICTIONARY_FILES.traditional, dictionaries.traditional, 'traditional'],
    [DICTIONARY_FILES.pinyin, dictionaries.pinyin, 'pinyin'],
    ...[...englishShards(dictionaries.english)].map(([file, data]): [string, unknown, 'english'] => [file, data, 'english']),
  ];
  for (const [file, data, part] of files) {
    const json = JSON.stringify(data);
    bytes[part] += Buffer.byteLength(json);
    await writeFile(join(outDir, file), json);
  }
  return { bytes, ms: { module: Math.round(moduleMs), filters: Math.round(filtersMs), ...timings } };
}
