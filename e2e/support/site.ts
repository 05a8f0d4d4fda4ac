import { basename } from 'node:path';
import { basePath } from '../../src/utils/base-path.ts';
import { siteUrl } from '../../src/utils/site-url.ts';
import { loadPages } from '../../src/transcript/load-pages.ts';
import { loadSource } from '../../src/transcript/source.ts';

/** The base path the site was built with (`BASE_PATH`), always with a trailing slash. */
export const BASE = basePath();

/** The build the tests run against (`E2E_OUT_DIR`, relative to the project root); `dist` unless the sub-path run sets it. */
export const OUT_DIR = process.env.E2E_OUT_DIR ?? 'dist';

/** The site URL the build used for absolute URLs (sitemap, canonical links); astro.config.mjs reads the same variable. */
export const SITE_URL = siteUrl().url;

/** A site route under the base path: `sitePath('/aws/')` → `/base/aws/`. Use it for every `page.goto`. */
export function sitePath(route: string): string {
  return `${BASE}${route.replace(/^\//, '')}`;
}

/** The site's pages as the tests expect them, read from the content itself. */
export const pages = loadPages().map((page) => {
  const slug = basename(page.file).replace(/\.mdx?$/, '');
  return {
    ...page,
    route: slug === 'index' ? '/' : `/${slug}/`,
    title: String(page.frontmatter['title']),
  };
});

export const source = loadSource();

export function sourceText(line: number): string {
  const paragraph = source.find((p) => p.line === line);
  if (!paragraph) throw new Error(`no source paragraph at line ${line}`);
  return paragraph.text;
}
