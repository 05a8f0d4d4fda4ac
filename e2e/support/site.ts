import { basename } from 'node:path';
import { loadPages } from '../../src/transcript/load-pages.ts';
import { loadSource } from '../../src/transcript/source.ts';

/** The base path the site was built with (`BASE_PATH`), always with a trailing slash. */
export const BASE = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

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
