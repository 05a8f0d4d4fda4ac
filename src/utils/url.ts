import { routeOf } from '../calls/routes.ts';

/** A URL under the site's base (astro.config.mjs gives BASE_URL a trailing slash): `siteUrl('favicon.svg')`. */
export function siteUrl(path: string): string {
  return `${import.meta.env.BASE_URL}${path.replace(/^\//, '')}`;
}

/** A page's path under the base, from its id or base-less route: `pagePath('amazon-2025-q3/aws', 'q27')` → `/base/amazon-2025-q3/aws/#q27`. */
export function pagePath(idOrRoute: string, hash?: string): string {
  return siteUrl(routeOf(idOrRoute, hash));
}
