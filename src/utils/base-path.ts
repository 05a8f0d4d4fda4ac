/** One path segment of a base path: letters, digits and `-._~` (no spaces, `?`, `#`, `%`, `..`). */
const SEGMENT = /^[A-Za-z0-9._~-]+$/;

/**
 * The base path the site is built and served under (`BASE_PATH`, default `/`), normalised to a
 * leading and a trailing slash: `amazon-q3`, `/amazon-q3` and `/amazon-q3/` all give
 * `/amazon-q3/`. One reading for the Astro config, the tests, the size check and the
 * benchmarks, so that they agree on where the site lives. Throws, in one line, for a value
 * that cannot be a path (a full URL, spaces, `..`, an empty segment).
 */
export function basePath(env: Record<string, string | undefined> = process.env): string {
  const value = (env['BASE_PATH'] ?? '').trim();
  const segments = value.replace(/^\/+|\/+$/g, '');
  if (segments === '') return '/';
  const bad = segments.split('/').find((segment) => !SEGMENT.test(segment) || segment === '.' || segment === '..');
  if (bad !== undefined) {
    throw new Error(
      `BASE_PATH=${JSON.stringify(value)} is not a URL path: write the path the site is served under, e.g. BASE_PATH=/amazon-q3/ (letters, digits and - . _ ~ between slashes; ${bad === '' ? 'an empty segment' : JSON.stringify(bad)} is not allowed).`,
    );
  }
  return `/${segments}/`;
}
