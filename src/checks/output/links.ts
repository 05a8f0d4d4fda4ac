import { routeOfFile, type BuiltSite } from '../../built/built-site.ts';
import { routeOf } from '../../calls/routes.ts';
import type { Problem } from '../../utils/problem.ts';

const RULE = 'links';
/** The stand-in origin against which links are resolved: a link to any other origin is not the site's. */
const ORIGIN = 'https://site.invalid';
/** Fragments that need no element: the top of the page (HTML's own `#_top`, Starlight's "back to top"). */
const TOP = new Set(['', '_top']);

/** A page a contributor edits: its id (its route without slashes), its file and its text. */
export interface SourcePage {
  id: string;
  file: string;
  text: string;
}

/**
 * Every link of every built page to the site itself leads somewhere: to a page or file of the
 * build, and, with a `#fragment`, to an element with that id on the page; not to an old address
 * that only redirects there. It reads the built
 * HTML, so it checks the links that components, asides and the layout write as well as those in
 * a page's Markdown. A broken link in a page's content is reported at the line of its page's
 * file that has it (`content/calls/amazon-2025-q3/zoox.mdx:10`); one in the layout, at the
 * built route.
 */
export function checkLinks(built: BuiltSite, base: string, sources: readonly SourcePage[]): Problem[] {
  const pages = new Map(built.pages.map((page) => [page.route, page]));
  const files = new Set(built.files);
  const sourceOf = new Map(sources.map((source) => [routeOf(source.id), source]));
  const problems = new Map<string, Problem>();
  for (const page of built.pages) {
    const pageUrl = new URL(`${base}${page.route.slice(1)}`, ORIGIN);
    for (const { href, inContent } of page.links) {
      const url = new URL(href, pageUrl);
      if (url.origin !== ORIGIN) continue;
      const broken = brokenBy(url);
      if (!broken) continue;
      const source = inContent ? sourceOf.get(page.route) : undefined;
      const link = written(href);
      const line = source ? source.text.split('\n').findIndex((text) => text.includes(link)) + 1 : 0;
      const problem = { file: source?.file ?? page.route, line, rule: RULE, message: `the link ${link} ${broken}` };
      problems.set(JSON.stringify(problem), problem);
    }
  }
  return [...problems.values()];

  /** A link as contributors write it, without the base path: `/sub/aws/` → `/aws/`. */
  function written(href: string): string {
    return href.startsWith(base) ? `/${href.slice(base.length)}` : href;
  }

  /** Why a link to the site leads nowhere, or undefined when it leads somewhere. */
  function brokenBy(url: URL): string | undefined {
    if (!url.pathname.startsWith(base)) return `is outside the site's base path ${base}`;
    const path = decodeURI(url.pathname.slice(base.length));
    const target = pages.get(routeOfFile(path)) ?? pages.get(`/${path}/`);
    if (!target) return files.has(path) ? undefined : 'leads to no page of the site';
    // An old address still takes readers there, but not without JavaScript (a meta refresh drops the #fragment).
    if (target.redirect) return `is an old address: write ${written(target.redirect)}${url.hash}`;
    const id = decodeURIComponent(url.hash.slice(1));
    if (TOP.has(id) || target.ids.has(id)) return undefined;
    if (target.fragmentRedirect && /^[lq]\d+$/.test(id)) return `is an old address: write ${written(target.fragmentRedirect)}${url.hash}`;
    return `leads to ${target.route}, which has no #${id} on it`;
  }
}
