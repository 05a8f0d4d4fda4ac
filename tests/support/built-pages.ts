/**
 * The fixture's built pages for the unit tests over built HTML (tests/site/): each page read and
 * parsed once per test file, with a small selector helper (tag, #id, .class and [attr] parts,
 * joined by spaces or `>`) and the page's text. Paths and expectations come from the fixture's
 * files (tests/fixture-site/content/), never from the live content/.
 */
import type { Element, Root, RootContent } from 'hast';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { parse } from 'yaml';
import { callLabel, newestFirst } from '../../src/calls/load-calls.ts';
import { paragraphId } from '../../src/calls/routes.ts';
import { loadFigures } from '../../src/figures/load-figures.ts';
import type { Figure } from '../../src/schemas/figure.ts';
import { pages } from '../../e2e/support/site.ts';
import { builtFixtureSite, FIXTURE_CONTENT, FIXTURE_ENV } from './fixture-site.ts';

export { pages };
export const BASE = FIXTURE_ENV.BASE_PATH;
export const SITE_URL = FIXTURE_ENV.SITE_URL;

/** A site route under the base path: `/amazon-2025-q3/aws/` → `/sub/amazon-2025-q3/aws/`. */
export const sitePath = (route: string): string => `${BASE}${route.replace(/^\//, '')}`;
/** The absolute URL of a route, as canonical links and the sitemap write it. */
export const siteUrl = (route: string): string => new URL(sitePath(route), SITE_URL).href;

const html = unified().use(rehypeParse);
const trees = new Map<string, Root>();

/** The built file of a route: `/glossary/` → `dist/glossary/index.html`, `/404.html` → `dist/404.html`. */
function fileOf(route: string): string {
  const dist = builtFixtureSite();
  return route.endsWith('.html') ? join(dist, route) : join(dist, route, 'index.html');
}

/** The parsed page of a route (without the base path), read once. */
export function page(route: string): Root {
  let tree = trees.get(route);
  if (!tree) {
    const file = fileOf(route);
    if (!existsSync(file)) throw new Error(`no built page for ${route}: ${file}`);
    tree = html.parse(readFileSync(file, 'utf8'));
    trees.set(route, tree);
  }
  return tree;
}

/** Every built HTML page's route (`/`, `/aws/`, `/404.html`), Pagefind's own files left out. */
export function builtRoutes(): string[] {
  return readdirSync(builtFixtureSite(), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html') && !name.startsWith(`pagefind${sep}`))
    .map((name) => {
      const path = name.split(sep).join('/');
      return path.endsWith('index.html') ? `/${path.slice(0, -'index.html'.length)}` : `/${path}`;
    })
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

type Compound = { tag?: string; id?: string; classes: string[]; attrs: { name: string; op?: string; value?: string }[] };

function parseCompound(text: string): Compound {
  const compound: Compound = { classes: [], attrs: [] };
  for (const [part] of text.matchAll(/[#.]?[\w-]+|\[[^\]]+\]/g)) {
    if (part.startsWith('#')) compound.id = part.slice(1);
    else if (part.startsWith('.')) compound.classes.push(part.slice(1));
    else if (part.startsWith('[')) {
      const [, name = '', op, value] = /^\[([\w-]+)(?:([~^$*]?=)"?([^"]*)"?)?\]$/.exec(part) ?? [];
      compound.attrs.push({ name, ...(op ? { op, value } : {}) });
    } else compound.tag = part;
  }
  return compound;
}

function matches(element: Element, { tag, id, classes, attrs }: Compound): boolean {
  if (tag && element.tagName !== tag) return false;
  if (id && attr(element, 'id') !== id) return false;
  const own = attr(element, 'class')?.split(' ') ?? [];
  if (!classes.every((name) => own.includes(name))) return false;
  return attrs.every(({ name, op, value = '' }) => {
    const actual = attr(element, name);
    if (actual === undefined) return false;
    if (op === '=') return actual === value;
    if (op === '^=') return actual.startsWith(value);
    if (op === '*=') return actual.includes(value);
    if (op === '~=') return actual.split(' ').includes(value);
    return true;
  });
}

const children = (node: Root | Element): Element[] =>
  (node.children as (RootContent | Element)[]).filter((child): child is Element => child.type === 'element');

function descendants(node: Root | Element): Element[] {
  return children(node).flatMap((child) => [child, ...descendants(child)]);
}

/** The elements under `root` that match `selector`, in document order: `select(tree, 'main .tx-para > p')`. */
export function select(root: Root | Element, selector: string): Element[] {
  const steps = selector
    .trim()
    .split(/\s*(>)\s*|\s+/)
    .filter(Boolean);
  let current: (Root | Element)[] = [root];
  let combinator = ' ';
  for (const step of steps) {
    if (step === '>') {
      combinator = '>';
      continue;
    }
    const compound = parseCompound(step);
    const found = current.flatMap((node) => (combinator === '>' ? children(node) : descendants(node))).filter((element) => matches(element, compound));
    current = [...new Set(found)];
    combinator = ' ';
  }
  return current.filter((node): node is Element => node.type === 'element');
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
  data: { fiscalYear: number; quarter: number; date: string; topics: { id: string; label: string }[] };
  figures: Figure[];
  charts: { id: string; title: string; bars: { figure: string; label: string }[] }[];
}

const readYamlFile = <T>(path: string): T => parse(readFileSync(path, 'utf8')) as T;
const CALLS_DIR = join(FIXTURE_CONTENT, 'calls');
const companies = readYamlFile<{ id: string; name: string }[]>(join(FIXTURE_CONTENT, 'companies.yaml'));

/** The fixture's calls, newest first (the site's order). */
export const calls: FixtureCall[] = readdirSync(CALLS_DIR)
  .map((id) => {
    const dir = join(CALLS_DIR, id);
    const data = readYamlFile<FixtureCall['data'] & { company: string }>(join(dir, 'call.yaml'));
    const company = companies.find((candidate) => candidate.id === data.company);
    if (!company) throw new Error(`${id}: company ${data.company} is not in the fixture's companies.yaml`);
    const chartsFile = join(dir, 'charts.yaml');
    return {
      id,
      label: callLabel({ data, company }),
      data,
      figures: loadFigures(join(dir, 'figures.yaml')).figures.map(({ figure }) => figure),
      charts: existsSync(chartsFile) ? readYamlFile<FixtureCall['charts']>(chartsFile) : [],
    };
  })
  .sort(newestFirst);

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
export const redirects = readYamlFile<{ from: string; to: string }[]>(join(FIXTURE_CONTENT, 'redirects.yaml'));
