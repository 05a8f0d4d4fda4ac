/**
 * The base path the site is built and served under (`BASE_PATH`, default `/`), always with
 * a trailing slash. One reading for the Astro config, the tests, the size check and the
 * benchmarks, so that they agree on where the site lives.
 */
export function basePath(env: Record<string, string | undefined> = process.env): string {
  return (env['BASE_PATH'] || '/').replace(/\/?$/, '/');
}
