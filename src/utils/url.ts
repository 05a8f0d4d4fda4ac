/** A URL under the site's base (astro.config.mjs gives BASE_URL a trailing slash): `siteUrl('favicon.svg')`. */
export function siteUrl(path: string): string {
  return `${import.meta.env.BASE_URL}${path.replace(/^\//, '')}`;
}

/** A page's path under the base: `pagePath('aws', 'q27')` → `/base/aws/#q27`. */
export function pagePath(slug: string, hash?: string): string {
  const path = siteUrl(slug ? `${slug}/` : '');
  return hash ? `${path}#${hash}` : path;
}
