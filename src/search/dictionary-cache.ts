/**
 * The search dictionaries, cached between builds. Building them (./build-dictionaries.ts:
 * jieba, CC-CEDICT, OpenCC, pinyin-pro) takes seconds, most of it loading CC-CEDICT, and gives
 * the same result for the same text. So each result, as the files the build writes (their JSON
 * texts, which a hit only copies out), is kept in
 * `node_modules/.cache/<package name>/` (where Astro and Vite users expect build caches), under
 * a SHA-256 of all it depends on: the indexed texts, the glossary terms, the installed versions
 * of the dictionary packages and the source of the code that builds them. On a hit the
 * dictionary libraries are not even loaded; an entry that cannot be read or is not a set of
 * dictionaries is rebuilt, never an error.
 */
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultCacheDir, installedVersion } from '../utils/build-cache.ts';
import type { GlossaryTerms } from './build-dictionaries.ts';
import type { SenseIndex } from './build-related-words.ts';
import { dictionaryFiles, type DictionaryFiles, type SearchDictionaries } from './dictionary.ts';

/** The packages whose data or code decide the dictionaries' content. */
const DICTIONARY_PACKAGES = ['@node-rs/jieba', 'cc-cedict', 'opencc-js', 'pinyin-pro', 'stemmer'] as const;

/** The code that builds the dictionaries and their keys (a change of either makes new entries). */
const DICTIONARY_SOURCES = ['./build-dictionaries.ts', './build-related-words.ts', './dictionary.ts', './dictionary-cache.ts'].map(
  (file) => new URL(file, import.meta.url),
);

/** Entries kept in the cache folder; the least recently used beyond these are removed. */
const KEEP_ENTRIES = 4;
const ENTRY_PREFIX = 'search-dictionaries-';

let code: string | undefined;
/** What the dictionaries depend on besides their input: package versions and the builder's source (read once per process). */
function codeVersion(): string {
  if (code !== undefined) return code;
  const hash = createHash('sha256');
  for (const name of DICTIONARY_PACKAGES) hash.update(`${name}@${installedVersion(name)}\0`);
  for (const source of DICTIONARY_SOURCES) hash.update(readFileSync(source)).update('\0');
  return (code = hash.digest('hex'));
}

/** The cache key of the dictionaries of these texts and glossary, built by this code. */
export function dictionaryKey(texts: readonly string[], glossary: readonly GlossaryTerms[], code = codeVersion()): string {
  const hash = createHash('sha256').update(code).update('\0');
  for (const text of texts) hash.update(`${Buffer.byteLength(text)}:`).update(text);
  hash.update('\0').update(JSON.stringify(glossary.map(({ zh, en, aliases }) => [zh, en, aliases ?? []])));
  return hash.digest('hex');
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A cache entry whose fields are all records, or undefined when it is missing, unreadable or of another shape. */
async function readEntry<T>(file: string, fields: readonly string[]): Promise<T | undefined> {
  try {
    const data = JSON.parse(await readFile(file, 'utf8')) as unknown;
    return isRecord(data) && fields.every((field) => isRecord(data[field])) ? (data as T) : undefined;
  } catch {
    return undefined;
  }
}

/** The dictionary files of a cache entry, or undefined. */
async function readDictionaryFiles(file: string): Promise<DictionaryFiles | undefined> {
  const data = await readEntry<DictionaryFiles>(file, ['english', 'pinyin', 'related', 'traditional']);
  const complete = data && Object.values(data).every((files) => Object.values(files).every((json) => typeof json === 'string'));
  return complete && Object.keys(data.traditional).length > 0 && Object.keys(data.pinyin).length > 0 ? data : undefined;
}

/** Writes an entry whole (a temporary file renamed) and drops the oldest entries of its kind; a cache that cannot be written is skipped. */
async function writeEntry(cacheDir: string, file: string, value: unknown, prefix = ENTRY_PREFIX): Promise<void> {
  try {
    await mkdir(cacheDir, { recursive: true });
    const temporary = `${file}.${randomUUID()}.tmp`;
    await writeFile(temporary, JSON.stringify(value));
    await rename(temporary, file);
    const entries = await Promise.all(
      (await readdir(cacheDir))
        .filter((name) => name.startsWith(prefix) && name.endsWith('.json'))
        .map(async (name) => ({ path: join(cacheDir, name), time: (await stat(join(cacheDir, name))).mtimeMs })),
    );
    for (const { path } of entries.sort((a, b) => b.time - a.time).slice(KEEP_ENTRIES)) await rm(path, { force: true });
  } catch {
    // A read-only or full disk: the next build rebuilds the dictionaries.
  }
}

export interface DictionaryCacheOptions {
  /** The cache folder (default: node_modules/.cache/<package name>/). */
  cacheDir?: string;
  /** Builds the dictionaries on a miss (default: ./build-dictionaries.ts, loaded only then). */
  build?: (texts: readonly string[], glossary: readonly GlossaryTerms[]) => Promise<SearchDictionaries>;
}

/** The dictionary files of the site's texts: from the cache when this input was built before, else built and cached. */
export async function cachedSearchDictionaries(
  texts: readonly string[],
  glossary: readonly GlossaryTerms[],
  { cacheDir = defaultCacheDir(), build }: DictionaryCacheOptions = {},
): Promise<{ files: DictionaryFiles; cached: boolean }> {
  const file = join(cacheDir, `${ENTRY_PREFIX}${dictionaryKey(texts, glossary)}.json`);
  const hit = await readDictionaryFiles(file);
  if (hit) {
    // Marks the entry as recently used, so that pruning keeps it.
    await utimes(file, new Date(), new Date()).catch(() => undefined);
    return { files: hit, cached: true };
  }
  const buildDictionaries =
    build ??
    (async (siteTexts: readonly string[], terms: readonly GlossaryTerms[]) =>
      (await import('./build-dictionaries.ts')).buildSearchDictionaries(siteTexts, terms, await cachedSenseIndex(cacheDir)));
  const files = dictionaryFiles(await buildDictionaries(texts, glossary));
  await writeEntry(cacheDir, file, files);
  return { files, cached: false };
}

const SENSES_PREFIX = 'cedict-senses-';

/**
 * CC-CEDICT's sense index (./build-related-words.ts `senseIndex`): the same for every site, so
 * cached under the dictionary packages' versions and the code alone. Reading it costs a fraction
 * of building it, which every change of the site's text would otherwise repeat.
 */
export async function cachedSenseIndex(cacheDir = defaultCacheDir()): Promise<SenseIndex> {
  const file = join(cacheDir, `${SENSES_PREFIX}${codeVersion()}.json`);
  const hit = await readEntry<SenseIndex>(file, ['sharers', 'words', 'singles', 'parts']);
  if (hit) return hit;
  const index = (await import('./build-related-words.ts')).senseIndex();
  await writeEntry(cacheDir, file, index, SENSES_PREFIX);
  return index;
}
