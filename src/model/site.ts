/**
 * The one content model: every file of `content/` read once, each item with its file and line.
 *
 *   files → loadSite() → Site ─┬→ the content checks (src/checks/run.ts)
 *                              ├→ the sidebar and the sitemap (astro.config.mjs)
 *                              └→ the render (src/data/, through the virtual module of src/integrations/site-model.ts)
 *
 * It never throws: what it cannot read becomes a problem, and the item is left out.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import { contentFiles, CONTENT_DIR, pageId } from '../calls/paths.ts';
import { normalizeRoute, TRANSCRIPT_SLUG } from '../calls/routes.ts';
import type { GlossaryEntry } from '../schemas/glossary.ts';
import { redirectEntry, type Redirect } from '../schemas/redirect.ts';
import { readPages } from '../transcript/load-pages.ts';
import type { Problem } from '../utils/problem.ts';
import { loadCalls, type Call } from './calls.ts';
import { loadContent, loadedPage, parseGlossary, type Content, type DataFile, type LoadedPage } from './content.ts';
import { readYaml } from './yaml.ts';

/** The rule id of the call files' own problems (call.yaml, companies). */
export const CALL_RULE = 'call';
/** The rule id of content/redirects.yaml's problems. */
export const REDIRECTS_RULE = 'redirects';

/** A page of the site: its id (its route without slashes) and its parse. */
export interface SitePage {
  id: string;
  loaded: LoadedPage;
}

/** A call with everything of it: its call file, source, pages and figures (as the checks read them). */
export interface SiteCall extends Call {
  content: Content;
  pages: SitePage[];
}

export interface Site {
  /** Every call, newest first. */
  calls: SiteCall[];
  /** The pages shared by every call (content/docs/). */
  sharedPages: SitePage[];
  glossary: DataFile<GlossaryEntry>;
  redirects: Redirect[];
  /** The problems of the call files, the companies and the redirects (each page's and data list's own are in its call's content). */
  problems: Problem[];
}

/** Reads the site's content folder (`content/`, or a test's fixture in the same layout) once. */
export function loadSite(contentDir = CONTENT_DIR): Site {
  const files = contentFiles(contentDir);
  const loaded = loadCalls(contentDir);
  const problems: Problem[] = loaded.problems.map((problem) => ({ ...problem, rule: CALL_RULE }));
  const siteTopicIds = [...new Set(loaded.calls.flatMap((call) => call.data.topics.map((topic) => topic.id)))];
  const glossary = parseGlossary(relative(process.cwd(), files.glossary), readFileSync(files.glossary, 'utf8'));
  const idOf = (page: LoadedPage) => pageId(join(process.cwd(), page.page.file), page.page.frontmatter['slug'], contentDir);
  const calls = loaded.calls.map((call) => {
    const content = loadContent(call, siteTopicIds, glossary);
    return { ...call, content, pages: content.pages.map((page) => ({ id: idOf(page), loaded: page })) };
  });
  const sharedPages = readPages(files.sharedPages).map((read) => {
    const page = loadedPage(read);
    return { id: idOf(page), loaded: page };
  });
  const routes = new Set([
    '/',
    ...[...calls.flatMap((call) => call.pages), ...sharedPages].map((page) => normalizeRoute(page.id)),
    ...calls.map((call) => normalizeRoute(`${call.id}/${TRANSCRIPT_SLUG}`)),
  ]);
  const redirects = readRedirects(files.redirects, routes);
  problems.push(...redirects.problems);
  return { calls, sharedPages, glossary, redirects: redirects.redirects, problems };
}

/** content/redirects.yaml: each old URL must lead to a page of the site, and may not hide one. */
function readRedirects(path: string, routes: Set<string>): { redirects: Redirect[]; problems: Problem[] } {
  const file = relative(process.cwd(), path);
  const read = readYaml(file, readFileSync(path, 'utf8'), z.array(redirectEntry));
  const problems: Problem[] = read.problems.map((problem) => ({ ...problem, rule: REDIRECTS_RULE }));
  const redirects = (read.data ?? []).filter(({ from, to }, index) => {
    const at = (field: string, message: string) => problems.push({ file, line: read.lineOf([index, field]), rule: REDIRECTS_RULE, message });
    if (!routes.has(to)) at('to', `"${from}" leads to ${to}, which is no page of the site: correct "to"`);
    else if (from !== '/' && routes.has(from)) at('from', `"${from}" is a page of the site: a redirect would hide it; remove the entry`);
    else return true;
    return false;
  });
  return { redirects, problems };
}

/** The model of one process: loaded on first use, reloaded when content changes (`astro dev`). */
export interface SiteModel {
  readonly site: Site;
  reload(): Site;
}

export function siteModel(contentDir?: string): SiteModel {
  let site: Site | undefined;
  return {
    get site() {
      return (site ??= loadSite(contentDir));
    },
    reload: () => (site = loadSite(contentDir)),
  };
}
