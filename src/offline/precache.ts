import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';

/**
 * What the service worker precaches, relative to the build output: every page, the
 * CSS/JS, fonts and images, the web app manifest, and the whole Pagefind index
 * (`pagefind/**`: entry, `.pf_meta`, `.pf_index`, `.pf_fragment`, `.pf_filter`, WebAssembly).
 */
export const PRECACHE_GLOBS = ['**/*.{html,css,js,mjs,json,webmanifest,svg,png,ico,webp,avif,woff,woff2}', 'pagefind/**/*'];

/**
 * The worker itself, and Pagefind's UI bundles that the site does not load (its search
 * dialog bundles @pagefind/default-ui). pagefind-highlight.js is kept: search results
 * open pages that load it to mark the query.
 */
export const PRECACHE_IGNORES = ['sw.js', 'pagefind/pagefind-*ui.{js,css}'];

/** Astro's hashed assets: their names change with their content, so they need no revision. */
export const VERSIONED_FILES = /^_astro\//;

/**
 * The URL under which the worker caches a built file, relative to the worker:
 * a page is cached under the URL a reader navigates to (`aws/index.html` → `aws/`,
 * `index.html` → `./`).
 */
export function precacheUrl(file: string): string {
  if (file === 'index.html') return './';
  return file.replace(/\/index\.html$/, '/');
}

/** Files larger than this are left out of the precache, with a warning (a reader would download them all). */
const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** One entry of the worker's precache list, as workbox-precaching takes it. */
export interface PrecacheEntry {
  url: string;
  /** A hash of the file's content; null for a file whose name changes with its content. */
  revision: string | null;
}

/**
 * The precache list of a finished build: every file of PRECACHE_GLOBS but PRECACHE_IGNORES,
 * in path order, under the URL the worker caches it at, with a revision that changes with
 * its content, so that a new deploy replaces exactly the files that changed.
 */
export function precacheManifest(outDir: string): { entries: PrecacheEntry[]; bytes: number; warnings: string[] } {
  const entries: PrecacheEntry[] = [];
  const warnings: string[] = [];
  let bytes = 0;
  for (const file of globSync(PRECACHE_GLOBS, { cwd: outDir, ignore: PRECACHE_IGNORES }).sort()) {
    const content = readFileSync(join(outDir, file));
    if (content.length > MAX_FILE_BYTES) {
      warnings.push(`${file} is ${(content.length / 1024 / 1024).toFixed(1)} MB: left out of the offline copy (limit ${MAX_FILE_BYTES / 1024 / 1024} MB)`);
      continue;
    }
    bytes += content.length;
    const revision = VERSIONED_FILES.test(file) ? null : createHash('md5').update(content).digest('hex');
    entries.push({ url: precacheUrl(file), revision });
  }
  return { entries, bytes, warnings };
}
