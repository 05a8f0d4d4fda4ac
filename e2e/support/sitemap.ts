import type { APIRequestContext } from '@playwright/test';
import { sitePath } from './site.ts';

/** The paths of every page listed in the built sitemap (`sitemap-index.xml` → its sitemaps → `<loc>`s). */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const locs = async (path: string) => {
    const response = await request.get(path);
    if (!response.ok()) throw new Error(`${path}: HTTP ${response.status()}`);
    return [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] as string).pathname);
  };
  const sitemaps = await locs(sitePath('/sitemap-index.xml'));
  return (await Promise.all(sitemaps.map(locs))).flat();
}
