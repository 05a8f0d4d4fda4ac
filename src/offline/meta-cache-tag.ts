/**
 * A value that changes with every build. Pagefind appends it to the URL of its entry file
 * (`pagefind-entry.json?ts=<tag>`) instead of the current time, so the service worker can
 * precache that URL and serve the index offline, and a new build fetches a new entry file.
 * `PAGEFIND_META_CACHE_TAG` pins it (e.g. to a commit hash in CI).
 */
export function createMetaCacheTag(): string {
  return process.env['PAGEFIND_META_CACHE_TAG'] || Date.now().toString(36);
}
