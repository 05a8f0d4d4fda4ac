/** A site path under the configured base: `pagePath('aws', 'q27')` → `/base/aws/#q27`. */
export function pagePath(slug: string, hash?: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const path = slug ? `${base}${slug}/` : base;
  return hash ? `${path}#${hash}` : path;
}
