const CSP_META = /<meta http-equiv="content-security-policy"[^>]*>/i;
const HEAD_START = /<head(\s[^>]*)?>(\s*<meta charset=[^>]*>)?/i;

/**
 * Moves the Content-Security-Policy `<meta>` tag to the start of `<head>`, right after
 * `<meta charset>` (which must stay within the first 1,024 bytes). A policy in a meta tag only
 * governs what comes after it, and Astro writes it after Starlight's inline theme script and
 * stylesheet links. HTML without the tag is returned unchanged.
 */
export function cspMetaFirst(html: string): string {
  const meta = CSP_META.exec(html);
  if (!meta) return html;
  const rest = html.slice(0, meta.index) + html.slice(meta.index + meta[0].length);
  const head = HEAD_START.exec(rest);
  if (!head) return html;
  const at = head.index + head[0].length;
  return rest.slice(0, at) + meta[0] + rest.slice(at);
}
