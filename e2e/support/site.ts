import { join } from 'node:path';
import { CALLS_DIR, pageId, SOURCE_FILE } from '../../src/calls/paths.ts';
import { routeOf } from '../../src/calls/routes.ts';
import { allPages } from '../../src/transcript/load-pages.ts';
import { siteUrl } from '../../src/utils/site-url.ts';
import { loadSource } from '../../src/transcript/source.ts';
import { basePath } from '../../src/utils/base-path.ts';

/** The base path the site was built with (`BASE_PATH`), always with a trailing slash. */
export const BASE = basePath();

/** The build the tests run against (`E2E_OUT_DIR`, relative to the project root); `dist` unless the sub-path run sets it. */
export const OUT_DIR = process.env.E2E_OUT_DIR ?? 'dist';

/** The site URL the build used for absolute URLs (sitemap, canonical links); astro.config.mjs reads the same variable. */
export const SITE_URL = siteUrl().url;

/** The call the site publishes (the tests' own fixture call is added only by the two-call run). */
export const CALL = 'amazon-2025-q3';

/** A site route under the base path: `sitePath('/amazon-2025-q3/aws/')` → `/base/amazon-2025-q3/aws/`. Use it for every `page.goto`. */
export function sitePath(route: string): string {
  return `${BASE}${route.replace(/^\//, '')}`;
}

/** The site's content pages as the tests expect them, read from the content itself (routes from src/calls/paths.ts). */
export const pages = allPages().map((page) => ({
  ...page,
  route: routeOf(pageId(page.file, page.frontmatter['slug'])),
  title: String(page.frontmatter['title']),
}));

export const source = loadSource(join(CALLS_DIR, CALL, SOURCE_FILE));

export function sourceText(line: number): string {
  const paragraph = source.find((p) => p.line === line);
  if (!paragraph) throw new Error(`no source paragraph at line ${line}`);
  return paragraph.text;
}
