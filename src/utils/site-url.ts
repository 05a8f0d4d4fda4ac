/** Where `npm run serve` / `npm start` serve the site: the site URL when none is given. */
export const LOCAL_SITE_URL = 'http://localhost:4321';

export interface SiteUrl {
  /** The origin of absolute URLs: canonical links, Open Graph URLs, the sitemap. */
  url: string;
  /** One line for the build log when the URL is the local fallback. */
  notice?: string;
}

/**
 * The site's own address (`SITE_URL`, e.g. `https://example.github.io`). Without it a build
 * writes `http://localhost:4321` into canonical links, Open Graph URLs and the sitemap, which
 * is right for a local preview and wrong for a deploy: the build log says so in one line, and
 * with `SITE_URL_REQUIRED=true` (the deploy workflow) a missing URL is an error.
 */
export function siteUrl(env: Record<string, string | undefined> = process.env): SiteUrl {
  const value = (env['SITE_URL'] ?? '').trim();
  if (value === '') {
    if (env['SITE_URL_REQUIRED'] === 'true') {
      throw new Error(
        "SITE_URL is not set: a deploy needs the address readers use, e.g. SITE_URL=https://example.github.io (the deploy workflow takes it from the repository's Pages settings).",
      );
    }
    return {
      url: LOCAL_SITE_URL,
      notice: `SITE_URL is not set: canonical links, Open Graph URLs and the sitemap use ${LOCAL_SITE_URL}. Fine for a local preview; set SITE_URL=https://… for a site you publish.`,
    };
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL=${JSON.stringify(value)} is not a URL: write the site's address, e.g. SITE_URL=https://example.github.io`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL=${JSON.stringify(value)} is not an http(s) address: write e.g. SITE_URL=https://example.github.io`);
  }
  return { url: value };
}
