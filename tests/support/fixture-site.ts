/**
 * The tests' fixture site: the project's machinery (src/, public/, the config) with the small
 * synthetic content of tests/fixture-site/content/ in place of content/: two calls, a glossary,
 * redirects. It is copied into .fixture-sites/<name>/ (inside the project, so that it finds the
 * project's node_modules) and built once per `npm test`, under a sub-path, by
 * `npm run build:fixture`; the unit tests over the built pages and the e2e tests share that build.
 * No test reads the live content/: editors improve it without breaking a test.
 */
import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT = fileURLToPath(new URL('../../', import.meta.url));
/** Where copies of the project live; ignored by git, Prettier and TypeScript (a dot folder). */
export const FIXTURE_SITES = join(PROJECT, '.fixture-sites');
/** The fixture's content, in the layout of content/. */
export const FIXTURE_CONTENT = join(PROJECT, 'tests', 'fixture-site', 'content');

/** The deploy settings the shared fixture build uses: a sub-path, a site URL and a repository, as a real deploy has. */
export const FIXTURE_ENV = {
  BASE_PATH: '/sub/',
  SITE_URL: 'https://example.github.io',
  REPOSITORY_URL: 'https://github.com/example/calls',
} as const;

/** When the shared build's copy commits its content (git dates: "最后更新于"). */
export const FIXTURE_COMMIT_DATE = '2025-11-01T08:00:00.000Z';

/** The shared build: `.fixture-sites/site/dist/`. */
export const FIXTURE_SITE = join(FIXTURE_SITES, 'site');
export const FIXTURE_DIST = join(FIXTURE_SITE, 'dist');

/** Build output, caches, dependencies, copies and the live content are not part of a copy. */
const NOT_COPIED = new Set(['node_modules', 'content', '.astro', '.git', '.fixture-sites', '.bench-tmp', 'test-results', 'playwright-report']);

/** A fresh copy of the project with the fixture's content, in .fixture-sites/<name>/; returns its folder. */
export function copyFixtureSite(name: string): string {
  const dir = join(FIXTURE_SITES, name);
  rmSync(dir, { recursive: true, force: true });
  for (const entry of readdirSync(PROJECT)) {
    if (!NOT_COPIED.has(entry) && !entry.startsWith('dist')) cpSync(join(PROJECT, entry), join(dir, entry), { recursive: true });
  }
  cpSync(FIXTURE_CONTENT, join(dir, 'content'), { recursive: true });
  return dir;
}

/** The shared build's folder; fails with what to run when it is missing. */
export function builtFixtureSite(): string {
  if (!existsSync(join(FIXTURE_DIST, 'index.html'))) {
    throw new Error(`${FIXTURE_DIST} is missing: run \`npm run build:fixture\` first (npm test does)`);
  }
  return FIXTURE_DIST;
}
