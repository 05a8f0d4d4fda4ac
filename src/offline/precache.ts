import type { ManifestEntry, ManifestTransform } from 'workbox-build';

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

/** Pagefind fetches its entry file as `pagefind-entry.json?ts=<metaCacheTag>`. */
const PAGEFIND_ENTRY = 'pagefind/pagefind-entry.json';

/**
 * The URL under which the worker caches a built file, relative to the worker:
 * a page is cached under the URL a reader navigates to (`aws/index.html` → `aws/`,
 * `index.html` → `./`), Pagefind's entry file under the URL Pagefind requests.
 */
export function precacheUrl(file: string, metaCacheTag: string): string {
  if (file === PAGEFIND_ENTRY) return `${file}?ts=${encodeURIComponent(metaCacheTag)}`;
  if (file === 'index.html') return './';
  return file.replace(/\/index\.html$/, '/');
}

/** A workbox-build manifest transform that applies {@link precacheUrl} to every entry. */
export function toPrecacheUrls(metaCacheTag: string): ManifestTransform {
  return (entries) => ({
    manifest: entries.map((entry): ManifestEntry & { size: number } => ({ ...entry, url: precacheUrl(entry.url, metaCacheTag) })),
  });
}
