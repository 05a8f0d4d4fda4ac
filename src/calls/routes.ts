/**
 * Where pages are published: the route of a page from its id, the routes of a call's pages and of
 * the topics across calls, and the anchor ids of paragraphs. Base-less (`/amazon-2025-q3/aws/`);
 * src/utils/url.ts puts the base in front. No Node modules: browser code may use it.
 */

/**
 * A page's id from its path under its content folder (`amazon-2025-q3/index.mdx` → `amazon-2025-q3`,
 * `amazon-2025-q3/aws.mdx` → `amazon-2025-q3/aws`): no extension, no trailing `index`,
 * segments lower-cased with spaces as dashes, as Astro makes them.
 */
export function idOfPath(path: string): string {
  return path
    .replace(/\.mdx?$/, '')
    .split('/')
    .map((segment) => segment.toLowerCase().replace(/\s+/g, '-'))
    .join('/')
    .replace(/(^|\/)index$/, '');
}

/** A page's slug inside its call: `amazon-2025-q3/aws` → `aws`, the call's overview → ``. */
export function slugInCall(id: string, callId: string): string {
  return id === callId ? '' : id.slice(callId.length + 1);
}

/** The base-less route of a page id, with one trailing slash: `amazon-2025-q3/aws` → `/amazon-2025-q3/aws/`; `` → `/`. */
export function routeOf(id: string, hash?: string): string {
  const trimmed = id.replace(/^\/+|\/+$/g, '');
  const route = trimmed ? `/${trimmed}/` : '/';
  return hash ? `${route}#${hash}` : route;
}

/** The route of a page of a call: `callRoute('amazon-2025-q3', 'aws', 'l9')` → `/amazon-2025-q3/aws/#l9`. */
export function callRoute(callId: string, slug = '', hash?: string): string {
  return routeOf(slug ? `${callId}/${slug}` : callId, hash);
}

/** The slugs of the reference pages every call has: its key figures (figures.mdx) and its whole text in order (generated). */
export const FIGURES_SLUG = 'figures';
export const TRANSCRIPT_SLUG = 'transcript';

/** The route of the page that gathers one topic across calls: `/topics/aws/`. */
export function topicRoute(topicId: string): string {
  return routeOf(`topics/${topicId}`);
}

/** A route with exactly one trailing slash and no query or hash: `/aws` → `/aws/`, `/aws/#l9` → `/aws/`. */
export function normalizeRoute(route: string): string {
  const path = route.split(/[?#]/)[0] ?? '';
  return routeOf(path);
}

/** Anchor ids of transcript blocks, from source line numbers; unique on each page, never typed by hand. */
export function paragraphId(line: number): string {
  return `l${line}`;
}

export function qaId(line: number): string {
  return `q${line}`;
}
