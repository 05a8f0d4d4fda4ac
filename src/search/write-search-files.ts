import { mkdir, writeFile } from 'node:fs/promises';
import type { BuiltPage } from '../built/built-site.ts';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { GlossaryEntry } from '../schemas/glossary.ts';
import { cachedSearchDictionaries, type DictionaryCacheOptions } from './dictionary-cache.ts';
import { nameMap } from './build-names.ts';
import { DICTIONARY_FILES } from './dictionary.ts';
import { countFilters } from './filter-values.ts';
import { FILTERS_FILE } from './page-search-data.ts';

const ENGINE_SOURCE = fileURLToPath(new URL('./engine.ts', import.meta.url));

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
  /** The dictionaries came from the cache of an earlier build (./dictionary-cache.ts). */
  cached: boolean;
}

/**
 * Writes the browser side of the search into a finished build: src/search/engine.ts bundled
 * by esbuild as `search/pagefind.js` (an ES module, like Pagefind's own), and beside it the
 * dictionaries built from the indexed pages' text (cached between builds, ./dictionary-cache.ts)
 * and the pages' filter values (./filter-values.ts).
 */
export async function writeSearchFiles({
  siteDir,
  pages,
  glossary,
  pageTexts,
  cache = {},
}: {
  siteDir: string;
  /** The built pages search indexes (src/built/built-site.ts): their HTML and search filters. */
  pages: readonly Pick<BuiltPage, 'html' | 'filters'>[];
  /** The glossary's entries (the content model's). */
  glossary: readonly Pick<GlossaryEntry, 'zh' | 'en' | 'aliases' | 'kind'>[];
  /** The text of every call page as readers see it (the content model's), where the glossary's names are looked for. */
  pageTexts: readonly string[];
  cache?: DictionaryCacheOptions;
}): Promise<SearchFilesReport> {
  const outDir = join(siteDir, SEARCH_FOLDER);
  await mkdir(outDir, { recursive: true });
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
  const indexed = pages.flatMap((page) => {
    const text = indexedText(page.html);
    return text ? [{ text, filters: page.filters }] : [];
  });
  const filters = countFilters(indexed.map((page) => page.filters));
  const { files: dictionaries, cached } = await cachedSearchDictionaries(
    indexed.map(({ text }) => text),
    glossary,
    cache,
  );
  const files: [file: string, json: string, part: keyof SearchFilesReport['bytes']][] = [
    [FILTERS_FILE, JSON.stringify(filters), 'filters'],
    [DICTIONARY_FILES.names, JSON.stringify(nameMap(glossary, pageTexts)), 'names'],
    ...Object.entries(dictionaries).flatMap(([part, written]) =>
      Object.entries(written).map(([file, json]): [string, string, keyof typeof dictionaries] => [file, json, part as keyof typeof dictionaries]),
    ),
  ];
  const bytes = { module: Object.values(result.metafile.outputs)[0]?.bytes ?? 0, filters: 0, english: 0, traditional: 0, pinyin: 0, names: 0, related: 0 };
  await Promise.all(
    files.map(([file, json, part]) => {
      bytes[part] += Buffer.byteLength(json);
      return writeFile(join(outDir, file), json);
    }),
  );
  return { bytes, cached };
}
