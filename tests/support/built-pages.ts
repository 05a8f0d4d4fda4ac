/**
 * The fixture's built pages for the unit tests over built HTML (tests/site/): each page read and
 * parsed once per test file as hast (./hast.ts), found with CSS selectors (hast-util-select),
 * and the page's text. Paths and expectations come from the fixture's
 * files (tests/fixture-site/content/), never from the live content/.
 */
import type { Element, Root, RootContent } from 'hast';
import { selectAll } from 'hast-util-select';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBuiltSite, type BuiltSite } from '../../src/built/built-site.ts';
import { paragraphId } from '../../src/calls/routes.ts';
import type { Figure } from '../../src/schemas/figure.ts';
import { callLabel } from '../../src/model/calls.ts';
import { fixture, pages } from '../../e2e/support/site.ts';
import { builtFixtureSite, FIXTURE_ENV } from './fixture-site.ts';
import { hastOf } from './hast.ts';

export { pages };
export const BASE = FIXTURE_ENV.BASE_PATH;
export const SITE_URL = FIXTURE_ENV.SITE_URL;

/** A site route under the base path: `/amazon-2025-q3/aws/` → `/sub/amazon-2025-q3/aws/`. */
export const sitePath = (route: string): string => `${BASE}${route.replace(/^\//, '')}`;
/** The absolute URL of a route, as canonical links and the sitemap write it. */
export const siteUrl = (route: string): string => new URL(sitePath(route), SITE_URL).href;

let built: BuiltSite | undefined;
/** The fixture's build, read once per test file (src/built/built-site.ts, as the post-build steps read it). */
const site = (): BuiltSite => (built ??= readBuiltSite(builtFixtureSite()));

const trees = new Map<string, Root>();
/** The parsed page of a route (without the base path): `/glossary/`, `/404.html`; parsed once per test file. */
export function page(route: string): Root {
  const found = site().pages.find((candidate) => candidate.route === route);
  if (!found) throw new Error(`no built page for ${route}`);
  let tree = trees.get(route);
  if (!tree) trees.set(route, (tree = hastOf(found.html)));
  return tree;
}

/** Every built HTML page's route (`/`, `/aws/`, `/404.html`), Pagefind's own files left out. */
export function builtRoutes(): string[] {
  return site()
    .pages.filter((candidate) => !candidate.file.startsWith('pagefind/'))
    .map((candidate) => candidate.route)
    .sort();
}

/** A file of the build beside the pages (`/sitemap-0.xml`), as text. */
export const builtFile = (path: string): string => readFileSync(join(builtFixtureSite(), path), 'utf8');

/** A hast property name from an HTML attribute name: `data-figure` → `dataFigure`, `class` → `className`. */
const PROPERTIES: Record<string, string> = {
  class: 'className',
  for: 'htmlFor',
  datetime: 'dateTime',
  tabindex: 'tabIndex',
  charset: 'charSet',
  'aria-labelledby': 'ariaLabelledBy',
  'aria-describedby': 'ariaDescribedBy',
};
function property(name: string): string {
  if (PROPERTIES[name]) return PROPERTIES[name];
  return name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** An attribute's value as HTML writes it (lists joined by spaces), or undefined. */
export function attr(element: Element, name: string): string | undefined {
  const value = element.properties[property(name)];
  if (value === undefined || value === null || value === false) return undefined;
  if (value === true) return '';
  return Array.isArray(value) ? value.join(' ') : String(value);
}

/** The elements under `root` that match the CSS `selector`, in document order. */
export function select(root: Root | Element, selector: string): Element[] {
  return selectAll(selector, root);
}

/** The one element that matches, or a failure that names the selector. */
export function one(root: Root | Element, selector: string): Element {
  const [first, ...rest] = select(root, selector);
  if (!first || rest.length > 0) throw new Error(`${selector}: ${first ? 1 + rest.length : 0} elements, not one`);
  return first;
}

/** The text of a node, scripts, styles and templates left out; `skip` leaves out more (the editorial parts of a quote). */
export function text(node: Root | Element | RootContent, skip: (element: Element) => boolean = () => false): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' && node.type !== 'root') return '';
  if (node.type === 'element' && (['script', 'style', 'template'].includes(node.tagName) || skip(node))) return '';
  return node.children.map((child) => text(child, skip)).join('');
}

/** A page's `<meta name|property="…">` content. */
export function meta(tree: Root, name: string): string | undefined {
  const element = select(tree, 'meta').find((candidate) => attr(candidate, 'name') === name || attr(candidate, 'property') === name);
  return element && attr(element, 'content');
}

/** A fixture call as the tests read it: its call.yaml, label and figures, from tests/fixture-site/content/calls/. */
export interface FixtureCall {
  id: string;
  label: string;
  data: { fiscalYear: number; quarter: number; date: string; topics: { id: string; label: string; summary: string }[] };
  company: { name: string };
  figures: Figure[];
  charts: { id: string; title: string; bars: { figure: string; label: string }[] }[];
}

/** The fixture's calls, newest first (the site's order). */
export const calls: FixtureCall[] = fixture.calls.map((call) => ({
  id: call.id,
  label: callLabel(call),
  data: call.data,
  company: call.company,
  figures: call.content.figures.entries.map(({ entry }) => entry),
  charts: call.charts,
}));

/** The fixture call with every kind of page (charts, corrections, a credit, Q&A units). */
export const CALL = 'amazon-2025-q3';

export function fixtureCall(id: string): FixtureCall {
  const call = calls.find((candidate) => candidate.id === id);
  if (!call) throw new Error(`no fixture call ${id}`);
  return call;
}

/** The fixture's content pages of a call. */
export const pagesOf = (callId: string) => pages.filter((candidate) => candidate.route.startsWith(`/${callId}/`));

/** The route of the page of `callId` that quotes the paragraph at `anchor` (`l5`). */
export function homeOf(callId: string, anchor: string): string {
  const home = pagesOf(callId).find((candidate) => candidate.paragraphs.some((paragraph) => paragraphId(paragraph.line) === anchor));
  if (!home) throw new Error(`${callId}: no page quotes ${anchor}`);
  return home.route;
}

/** The fixture's old URLs (content/redirects.yaml's format). */
export const redirects = fixture.redirects;
