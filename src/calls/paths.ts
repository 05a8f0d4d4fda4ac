/**
 * Where content lives: the folders and files of a call, the shared data, and the id of every
 * page from its file (its route then comes from src/calls/routes.ts, which owns URLs and anchors
 * and is safe for browser code).
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
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { idOfPath } from './routes.ts';

export const PROJECT_DIR = fileURLToPath(new URL('../../', import.meta.url));
export const CONTENT_DIR = join(PROJECT_DIR, 'content');

/** The file names inside a call's folder. */
export const CALL_FILE = 'call.yaml';
export const SOURCE_FILE = 'source.txt';
export const FIGURES_FILE = 'figures.yaml';
export const CHARTS_FILE = 'charts.yaml';

/** The folders and shared files of a content folder (`content/`, or a test's fixture in the same layout). */
export function contentFiles(contentDir = CONTENT_DIR) {
  return {
    calls: join(contentDir, 'calls'),
    sharedPages: join(contentDir, 'docs'),
    glossary: join(contentDir, 'glossary.yaml'),
    companies: join(contentDir, 'companies.yaml'),
    redirects: join(contentDir, 'redirects.yaml'),
  };
}

/** The site's own content folders. */
export const { calls: CALLS_DIR, sharedPages: SHARED_PAGES_DIR } = contentFiles();

/** Every call folder (one with a call.yaml) under `callsDir`, in id order. */
export function callDirs(callsDir = CALLS_DIR): string[] {
  if (!existsSync(callsDir)) return [];
  return readdirSync(callsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(callsDir, entry.name, CALL_FILE)))
    .map((entry) => join(callsDir, entry.name))
    .sort((a, b) => callIdOfDir(a).localeCompare(callIdOfDir(b)));
}

/** A call's id is its folder's name: `content/calls/amazon-2025-q3` → `amazon-2025-q3`. */
export function callIdOfDir(dir: string): string {
  return (
    dir
      .replace(/[/\\]+$/, '')
      .split(/[/\\]/)
      .at(-1) ?? ''
  );
}

/** The glob patterns (relative to the project) of every page of the site, for the content collection. */
export function pagePatterns(): string[] {
  return [`${toPosix(relative(PROJECT_DIR, SHARED_PAGES_DIR))}/**/*.{md,mdx}`, `${toPosix(relative(PROJECT_DIR, CALLS_DIR))}/*/**/*.{md,mdx}`];
}

/**
 * The id of a page, which is its route without slashes, from its file (absolute or relative
 * to the project): `content/calls/amazon-2025-q3/aws.mdx` → `amazon-2025-q3/aws`,
 * `content/calls/amazon-2025-q3/index.mdx` → `amazon-2025-q3`, `content/docs/glossary.mdx` → `glossary`.
 * A `slug` in the frontmatter wins, as in Astro. Segments are lower-cased, spaces become dashes.
 */
export function pageId(file: string, declaredSlug?: unknown, contentDir = CONTENT_DIR): string {
  if (typeof declaredSlug === 'string' && declaredSlug) return declaredSlug.replace(/^\/+|\/+$/g, '');
  const absolute = file.startsWith(PROJECT_DIR) || /^([a-z]:)?[/\\]/i.test(file) ? file : join(PROJECT_DIR, file);
  const { sharedPages, calls } = contentFiles(contentDir);
  const roots = [sharedPages, calls];
  const root = roots.find((candidate) => !relative(candidate, absolute).startsWith('..'));
  return idOfPath(toPosix(relative(root ?? PROJECT_DIR, absolute)));
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}
