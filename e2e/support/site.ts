import { join, relative } from 'node:path';
import { idOfPath, routeOf } from '../../src/calls/routes.ts';
import { readPages } from '../../src/transcript/load-pages.ts';
import { loadSource } from '../../src/transcript/source.ts';
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

/** The id of a fixture page from its folder: `calls/amazon-2025-q3/aws.mdx` → `amazon-2025-q3/aws`, `docs/glossary.mdx` → `glossary`. */
function fixturePageId(dir: string, file: string): string {
  return idOfPath(relative(dir, file).split('\\').join('/'));
}

/** The fixture's content pages, with their routes and titles. */
export const pages = [join(FIXTURE_CONTENT, 'docs'), join(FIXTURE_CONTENT, 'calls')].flatMap((dir) =>
  readPages(dir).map(({ page }) => ({
    ...page,
    route: routeOf(fixturePageId(dir, join(process.cwd(), page.file))),
    title: String(page.frontmatter['title']),
  })),
);

export const source = loadSource(join(FIXTURE_CONTENT, 'calls', CALL, 'source.txt'));

export function sourceText(line: number): string {
  const paragraph = source.find((p) => p.line === line);
  if (!paragraph) throw new Error(`no source paragraph at line ${line}`);
  return paragraph.text;
}
