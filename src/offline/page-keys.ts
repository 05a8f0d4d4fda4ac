/**
 * The precache keys a page may be cached under, best first: the URL as asked (without query
 * or hash), then the directory form that build pages are cached under (precache.ts):
 * `/aws` and `/aws/index.html` are both the page cached as `/aws/`.
 */
export function pageKeys(url: string): string[] {
  const key = new URL(url);
  key.search = '';
  key.hash = '';
  const asked = key.href;
  if (key.pathname.endsWith('/index.html')) {
    key.pathname = key.pathname.slice(0, -'index.html'.length);
    return [asked, key.href];
  }
  if (key.pathname.endsWith('/') || /\.[a-z0-9]+$/i.test(key.pathname)) return [asked];
  key.pathname = `${key.pathname}/`;
  return [asked, key.href];
}
