import type { BuiltSite } from '../built/built-site.ts';

/**
 * What only a response header can say: no framing (clickjacking), no MIME sniffing, no full
 * URL in the Referer sent to other sites. A `<meta>` policy cannot carry `frame-ancestors`.
 */
export const SITE_HEADERS: Record<string, string> = {
  'Content-Security-Policy': "frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

export interface PagePolicy {
  /** The URL path the page is served under, base path included (`/sub/aws/`). */
  path: string;
  /** The page's Content-Security-Policy, as in its `<meta http-equiv>`. */
  policy: string;
}

/** Every built page's policy, as in its `<meta>`: `aws/index.html` is served as `<base>aws/`. */
export function pagePolicies(site: Pick<BuiltSite, 'pages'>, base: string): PagePolicy[] {
  return site.pages.flatMap(({ route, csp }) => (csp === undefined ? [] : [{ path: `${base}${route.slice(1)}`, policy: csp }]));
}

/**
 * A `_headers` file (Netlify, Cloudflare Pages): the site-wide headers for every path, and each
 * page's own policy, the same as its `<meta>` tag, for its path. Where several rules match, such
 * hosts send each header value; two Content-Security-Policy values are two policies, both enforced.
 */
export function headersFile(pages: PagePolicy[], base: string): string {
  const block = (path: string, headers: Record<string, string>) => [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return (
    [
      '# Response headers for hosts that read a _headers file (Netlify, Cloudflare Pages), written by',
      '# the build (src/security/headers-file.ts). GitHub Pages ignores it: the <meta> policy applies there.',
      block(`${base}*`, SITE_HEADERS),
      ...pages.map((page) => block(page.path, { 'Content-Security-Policy': page.policy })),
    ].join('\n\n') + '\n'
  );
}
