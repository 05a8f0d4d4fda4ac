/** The environment variable that carries Pagefind's `metaCacheTag` through one build. */
export const META_CACHE_TAG_ENV = 'PAGEFIND_META_CACHE_TAG';

/**
 * A value that changes with every build. Pagefind appends it to the URL of its entry file
 * (`pagefind-entry.json?ts=<tag>`) instead of the current time, so the service worker can
 * precache that URL and serve the index offline, and a new build fetches a new entry file.
 * `PAGEFIND_META_CACHE_TAG` pins it (e.g. to a commit hash in CI). The value is put in the
 * environment so that the search options (src/search/options.ts), rendered in the same
 * build process, read the very same tag as the service worker's precache list.
 */
export function createMetaCacheTag(): string {
  process.env[META_CACHE_TAG_ENV] ||= Date.now().toString(36);
  return process.env[META_CACHE_TAG_ENV];
}

/** The tag of the running build, if the offline integration set one. */
export function currentMetaCacheTag(): string | undefined {
  return typeof process === 'undefined' ? undefined : process.env[META_CACHE_TAG_ENV] || undefined;
}
