import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { BASE, OUT_DIR, sitePath } from './site.ts';

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] as string).pathname);

/** The paths of every page listed in the built sitemap (`sitemap-index.xml` → its sitemaps → `<loc>`s). */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const fetchLocs = async (path: string) => {
    const response = await request.get(path);
    if (!response.ok()) throw new Error(`${path}: HTTP ${response.status()}`);
    return locs(await response.text());
  };
  const sitemaps = await fetchLocs(sitePath('/sitemap-index.xml'));
  return (await Promise.all(sitemaps.map(fetchLocs))).flat();
}

/**
 * The same paths read from the build on disk, when the tests are collected: one test per page
 * needs the list before any test runs.
 */
export function builtSitemapPaths(): string[] {
  const file = (path: string) => join(OUT_DIR, path.slice(BASE.length));
  const index = file(sitePath('/sitemap-index.xml'));
  if (!existsSync(index)) throw new Error(`${index} is missing: build the site first (npm run build).`);
  return locs(readFileSync(index, 'utf8')).flatMap((sitemap) => locs(readFileSync(file(sitemap), 'utf8')));
}

/** The HTML the build wrote for a page path (`/base/topics/aws/` → `dist/topics/aws/index.html`). */
export function builtHtml(path: string): string {
  return readFileSync(join(OUT_DIR, path.slice(BASE.length), 'index.html'), 'utf8');
}
