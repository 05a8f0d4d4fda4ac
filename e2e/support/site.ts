import { routeOf } from '../../src/calls/routes.ts';
import { loadSite } from '../../src/model/site.ts';
import { FIXTURE_CONTENT, FIXTURE_DIST, FIXTURE_ENV } from '../../tests/support/fixture-site.ts';

/**
 * The site the e2e tests run against: the fixture site (tests/fixture-site/content/, two
 * synthetic calls), built once under a sub-path by `npm run build:fixture`. Tests read their
 * expectations from the fixture's files, never from the live content/.
 */

/** The base path the fixture was built with, with a trailing slash. */
export const BASE = FIXTURE_ENV.BASE_PATH;

/** The fixture's build folder. */
export const OUT_DIR = FIXTURE_DIST;

/** The site URL the build used for absolute URLs (sitemap, canonical links). */
export const SITE_URL = FIXTURE_ENV.SITE_URL;

/** The fixture's newest call, the one with every kind of page. */
export const CALL = 'amazon-2025-q3';

/** A site route under the base path: `sitePath('/amazon-2025-q3/aws/')` → `/sub/amazon-2025-q3/aws/`. Use it for every `page.goto`. */
export function sitePath(route: string): string {
  return `${BASE}${route.replace(/^\//, '')}`;
}

/** The fixture's content model, as the build reads it (src/model/site.ts). */
export const fixture = loadSite(FIXTURE_CONTENT);

/** The fixture's content pages, with their routes and titles. */
export const pages = [...fixture.sharedPages, ...fixture.calls.flatMap((call) => call.pages)].map(({ id, loaded: { page } }) => ({
  ...page,
  route: routeOf(id),
  title: String(page.frontmatter['title']),
}));

export const source = fixture.calls.find((call) => call.id === CALL)?.content.source.paragraphs ?? [];

export function sourceText(line: number): string {
  const paragraph = source.find((p) => p.line === line);
  if (!paragraph) throw new Error(`no source paragraph at line ${line}`);
  return paragraph.text;
}
