/**
 * The one place that knows where content lives and where it is published: the folders and
 * files of a call, the id (and so the route) of every page, and the anchor ids of paragraphs.
 *
 *   content/calls/<call-id>/call.yaml      the call file (company, quarter, source, topics)
 *   content/calls/<call-id>/source.txt     the canonical source, never edited
 *   content/calls/<call-id>/figures.yaml   the call's key figures
 *   content/calls/<call-id>/charts.yaml    the charts of its key figures page (optional)
 *   content/calls/<call-id>/*.mdx          its pages: index.mdx → /<call-id>/, aws.mdx → /<call-id>/aws/
 *   content/docs/*.mdx                     pages shared by all calls (the glossary)
 *   content/glossary.yaml, content/companies.yaml   data shared by all calls
 *   content/redirects.yaml                 old URLs and where they lead now
 *
 * Routes here are base-less (`/amazon-2025-q3/aws/`); `src/utils/url.ts` puts the base in front.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_DIR = fileURLToPath(new URL('../../', import.meta.url));
export const CONTENT_DIR = join(PROJECT_DIR, 'content');
export const CALLS_DIR = join(CONTENT_DIR, 'calls');
export const SHARED_PAGES_DIR = join(CONTENT_DIR, 'docs');
export const GLOSSARY_FILE = join(CONTENT_DIR, 'glossary.yaml');
export const COMPANIES_FILE = join(CONTENT_DIR, 'companies.yaml');
export const REDIRECTS_FILE = join(CONTENT_DIR, 'redirects.yaml');

/** The file names inside a call's folder. */
export const CALL_FILE = 'call.yaml';
export const SOURCE_FILE = 'source.txt';
export const FIGURES_FILE = 'figures.yaml';
export const CHARTS_FILE = 'charts.yaml';

/**
 * Test builds only: `EXTRA_CALLS_DIR=tests/fixtures/calls` adds the calls of that folder to the
 * build (the synthetic second call). The published site never sets it.
 */
export function extraCallsDir(env: Record<string, string | undefined> = process.env): string | undefined {
  const dir = env['EXTRA_CALLS_DIR'];
  return dir ? join(PROJECT_DIR, dir) : undefined;
}

/** The folders that hold call folders: `content/calls/`, and the test-only extra folder when set. */
export function callsRoots(env: Record<string, string | undefined> = process.env): string[] {
  const extra = extraCallsDir(env);
  return extra ? [CALLS_DIR, extra] : [CALLS_DIR];
}

/** Every call folder (one with a call.yaml), in id order. */
export function callDirs(env: Record<string, string | undefined> = process.env): string[] {
  return callsRoots(env)
    .filter((root) => existsSync(root))
    .flatMap((root) =>
      readdirSync(root, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, CALL_FILE)))
        .map((entry) => join(root, entry.name)),
    )
    .sort((a, b) => callIdOfDir(a).localeCompare(callIdOfDir(b)));
}

/** A call's id is its folder's name: `content/calls/amazon-2025-q3` → `amazon-2025-q3`. */
export function callIdOfDir(dir: string): string {
  return dir.replace(/[/\\]+$/, '').split(/[/\\]/).at(-1) ?? '';
}

/** The glob patterns (relative to the project) of every page of the site, for the content collection. */
export function pagePatterns(env: Record<string, string | undefined> = process.env): string[] {
  return [
    `${toPosix(relative(PROJECT_DIR, SHARED_PAGES_DIR))}/**/*.{md,mdx}`,
    ...callsRoots(env).map((root) => `${toPosix(relative(PROJECT_DIR, root))}/*/**/*.{md,mdx}`),
  ];
}

/**
 * The id of a page, which is its route without slashes, from its file (absolute or relative
 * to the project): `content/calls/amazon-2025-q3/aws.mdx` → `amazon-2025-q3/aws`,
 * `content/calls/amazon-2025-q3/index.mdx` → `amazon-2025-q3`, `content/docs/glossary.mdx` → `glossary`.
 * A `slug` in the frontmatter wins, as in Astro. Segments are lower-cased, spaces become dashes.
 */
export function pageId(file: string, declaredSlug?: unknown, env: Record<string, string | undefined> = process.env): string {
  if (typeof declaredSlug === 'string' && declaredSlug) return declaredSlug.replace(/^\/+|\/+$/g, '');
  const absolute = file.startsWith(PROJECT_DIR) || /^([a-z]:)?[/\\]/i.test(file) ? file : join(PROJECT_DIR, file);
  const roots = [SHARED_PAGES_DIR, ...callsRoots(env)];
  const root = roots.find((candidate) => !relative(candidate, absolute).startsWith('..'));
  const path = toPosix(relative(root ?? PROJECT_DIR, absolute));
  return path
    .replace(/\.mdx?$/, '')
    .split('/')
    .map((segment) => segment.toLowerCase().replace(/\s+/g, '-'))
    .join('/')
    .replace(/(^|\/)index$/, '');
}

/** The call a page belongs to (the first segment of its id), when that is a known call. */
export function callIdOfPage(id: string, callIds: readonly string[]): string | undefined {
  const first = id.split('/')[0] ?? '';
  return callIds.includes(first) ? first : undefined;
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

function toPosix(path: string): string {
  return path.split(sep).join('/');
}
