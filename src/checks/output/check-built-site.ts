import type { BuiltSite } from '../../built/built-site.ts';
import { attribute, classes, hasClass } from '../../built/html-tree.ts';
import type { ElementScan, PageScan } from '../../built/page-scan.ts';
import { paragraphId, TRANSCRIPT_SLUG } from '../../calls/routes.ts';
import { listedInGlossary } from '../../schemas/glossary.ts';
import { readable } from '../characters.ts';
import type { Content } from '../../model/content.ts';
import type { Problem } from '../../utils/problem.ts';
import { report } from '../report.ts';
import { describeDifference } from '../rules/verbatim.ts';

/** The built pages and the classes that the site's own CSS hides with `display: none` or `visibility: hidden`. */
interface CheckedSite {
  pages: Pick<BuiltSite['pages'][number], 'route' | 'scan'>[];
  hiddenClasses: Set<string>;
}

/** The route under which a call's pages are published: `/amazon-2025-q3/` (a test's bare fixture: the whole site). */
function callPrefix(content: Content): string {
  return content.call ? `/${content.call.id}/` : '/';
}

/** The route that repeats every paragraph of a call by design: the call in its original order. */
function copyRoute(content: Content): string {
  return `${callPrefix(content)}${TRANSCRIPT_SLUG}/`;
}
/** The route that lists the glossary, one element with the entry's id per entry. */
export const GLOSSARY_ROUTE = '/glossary/';

const RULE = 'output';
/** Elements that may stand between the page's content and a paragraph: a Q&A unit and a speaker turn. */
const WRAPPERS: { tag: string; className: string }[] = [
  { tag: 'section', className: 'tx-qa' },
  { tag: 'figure', className: 'tx-turn' },
];

/**
 * The second line of defence: reads the built site (what readers get) with an HTML parser and
 * proves, against the pinned source, that each source paragraph is on exactly one published page
 * inside its `l<n>` element, that its text (editorial parts removed, each correction's struck
 * original kept) equals the source, that nothing around it hides or demotes it, that ids are
 * unique on every page, and that every glossary entry is on the glossary page.
 */
export function checkBuiltSite(built: BuiltSite, contents: Content[]): { problems: Problem[]; lines: string[]; pages: number } {
  const { pages } = built;
  const site = { pages, hiddenClasses: hiddenClasses(built.stylesheets) };
  // Each call against its own source, on its own pages; the glossary, which the calls share, once.
  const found = new Map<string, Problem>();
  for (const content of contents) for (const problem of checkBuiltPages(site, content)) found.set(JSON.stringify(problem), problem);
  // A page of no call (the call list, the topics across calls, the glossary) quotes no paragraph.
  const prefixes = contents.map(callPrefix);
  const glossary = contents[0]?.glossary;
  for (const { route, scan } of pages.filter(({ route }) => !prefixes.some((prefix) => route.startsWith(prefix)))) {
    if (route === GLOSSARY_ROUTE && glossary) for (const problem of checkGlossary(scan, glossary)) found.set(JSON.stringify(problem), problem);
    for (const { id, chain } of scan.paragraphs) {
      const paragraph = scan.elements[chain.at(-1) ?? -1];
      if (!paragraph || !hasClass(paragraph, 'tx-para')) continue;
      found.set(`${route}${id}`, {
        file: `${route}#${id ?? ''}`,
        line: 0,
        rule: RULE,
        message: `a transcript paragraph on a page of no call: a paragraph is published on its call's pages only`,
      });
    }
  }
  const problems = [...found.values()];
  return { problems, lines: report(problems, [RULE]), pages: pages.length };
}

export function checkBuiltPages(site: CheckedSite, content: Content): Problem[] {
  const problems: Problem[] = [];
  const report = (route: string, anchor: string, message: string) =>
    problems.push({ file: `${route}${anchor ? `#${anchor}` : ''}`, line: 0, rule: RULE, message });
  const { source } = content;
  if (source.pinned !== source.sha256) {
    report(
      source.file,
      '',
      `the source is not the pinned one (SHA-256 ${source.sha256.slice(0, 12)}…, pinned ${source.pinned?.slice(0, 12) ?? 'nowhere'}… in ${source.pinFile}): the pages were checked against an edited source`,
    );
  }
  const byLine = new Map(source.paragraphs.map((paragraph) => [paragraph.line, paragraph]));
  const published = new Map<number, string[]>();
  const copies = new Map<string, Map<number, number>>();

  for (const { route, scan } of site.pages.filter((page) => page.route.startsWith(callPrefix(content)))) {
    const isCopy = route === copyRoute(content);
    const copyCount = new Map<number, number>();
    if (isCopy) copies.set(route, copyCount);
    for (const { id, chain: places, contentAt, text, markup } of scan.paragraphs) {
      const chain = places.flatMap((place) => scan.elements[place] ?? []);
      const paragraphLine = id && /^l[1-9]\d*$/.test(id) ? Number(id.slice(1)) : undefined;
      const anchor = id ?? '';
      if (paragraphLine === undefined) {
        report(route, anchor, `a transcript paragraph without its l<n> anchor (id="${id ?? ''}")`);
        continue;
      }
      const home = byLine.get(paragraphLine);
      if (!home) {
        report(route, anchor, `element #${anchor} is not a source paragraph: no source paragraph starts at line ${paragraphLine}`);
        continue;
      }
      if (isCopy) copyCount.set(paragraphLine, (copyCount.get(paragraphLine) ?? 0) + 1);
      else published.set(paragraphLine, [...(published.get(paragraphLine) ?? []), route]);

      const hidden = chain.find((candidate) => hides(candidate, site.hiddenClasses));
      if (hidden) report(route, anchor, `paragraph ${anchor} is hidden from readers by ${describe(hidden)}`);
      const between = contentAt >= 0 ? chain.slice(contentAt + 1, -1) : undefined;
      if (!between) report(route, anchor, `paragraph ${anchor} is outside the page's content`);
      const wrapper = between?.find((candidate) => !WRAPPERS.some(({ tag, className }) => candidate.tagName === tag && hasClass(candidate, className)));
      if (wrapper)
        report(
          route,
          anchor,
          `paragraph ${anchor} is inside ${describe(wrapper)}: a transcript paragraph stands in the page's content, or in a Q&A unit and speaker turn, nothing else`,
        );
      for (const extra of markup)
        report(route, anchor, `${describe(extra)} inside paragraph ${anchor}: a quoted paragraph is plain text with corrections and the credit only`);
      if (text !== home.text) report(route, anchor, `paragraph ${anchor} differs from source line ${home.line} ${describeDifference(home.text, text)}`);
    }
    const ids = new Map<string, number>();
    for (const id of scan.ids) if (id) ids.set(id, (ids.get(id) ?? 0) + 1);
    for (const [id, count] of ids) if (count > 1) report(route, id, `id "${id}" is on the page ${count} times: anchors must be unique`);
  }

  for (const paragraph of source.paragraphs) {
    const routes = published.get(paragraph.line) ?? [];
    const anchor = paragraphId(paragraph.line);
    if (routes.length === 0) report(source.file, anchor, `source line ${paragraph.line} is on no published page: "${readable(paragraph.text)}"`);
    if (routes.length > 1) report(routes[0] ?? '', anchor, `paragraph ${anchor} is published ${routes.length} times: on ${routes.join(', ')}`);
    for (const [route, count] of copies)
      if ((count.get(paragraph.line) ?? 0) !== 1) report(route, anchor, `paragraph ${anchor} is on the page ${count.get(paragraph.line) ?? 0} times, not once`);
  }
  return problems;
}

/** Every listed entry of the glossary data file is on the glossary page (its scan): none lost to a duplicate id. */
export function checkGlossary(page: Pick<PageScan, 'terms'>, glossary: Content['glossary']): Problem[] {
  const shown = new Map<string, number>();
  for (const term of page.terms) shown.set(term, (shown.get(term) ?? 0) + 1);
  const written = new Map<string, number[]>();
  for (const { entry, fileLine } of glossary.entries.filter(({ entry }) => listedInGlossary(entry)))
    written.set(entry.id, [...(written.get(entry.id) ?? []), fileLine]);
  return [...written]
    .filter(([id, lines]) => (shown.get(id) ?? 0) < lines.length)
    .map(([id, lines]) => ({
      file: `${GLOSSARY_ROUTE}#${id}`,
      line: 0,
      rule: RULE,
      message: `${glossary.file} has ${lines.length} entries "${id}" (lines ${lines.join(', ')}), the page shows ${shown.get(id) ?? 0}: an entry was lost`,
    }));
}

/** Whether an element hides what it holds from some or all readers. */
function hides(element: ElementScan, hiddenClasses: Set<string>): boolean {
  if (attribute(element, 'hidden') !== undefined) return true;
  if (attribute(element, 'aria-hidden') === 'true' || attribute(element, 'inert') !== undefined) return true;
  if (element.tagName === 'details' && attribute(element, 'open') === undefined) return true;
  if (classes(element).some((name) => name === 'sr-only' || hiddenClasses.has(name))) return true;
  const style = (attribute(element, 'style') ?? '').replace(/\s+/g, '');
  return /display:none|visibility:hidden|content-visibility:hidden/.test(style);
}

/**
 * The classes that the site's CSS hides (`display: none`, `visibility: hidden`), print styles
 * left out. Read from the built CSS, so a class defined by Starlight or by the site counts.
 */
export function hiddenClasses(stylesheets: string[]): Set<string> {
  const hidden = new Set<string>();
  for (const css of stylesheets) {
    const screen = withoutPrintRules(css.replace(/\/\*[\s\S]*?\*\//g, ''));
    for (const [, selectors = '', declarations = ''] of screen.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
      if (!/display\s*:\s*none|visibility\s*:\s*hidden/.test(declarations)) continue;
      for (const selector of selectors.split(',')) {
        const name = /^\s*\.((?:[\w-]|\\.)+)\s*$/.exec(selector)?.[1];
        if (name) hidden.add(name.replace(/\\(.)/g, '$1'));
      }
    }
  }
  return hidden;
}

function withoutPrintRules(css: string): string {
  let result = '';
  let index = 0;
  for (const match of css.matchAll(/@media\s+print\s*\{/g)) {
    if (match.index < index) continue;
    result += css.slice(index, match.index);
    let depth = 1;
    let at = match.index + match[0].length;
    while (at < css.length && depth > 0) {
      if (css[at] === '{') depth++;
      else if (css[at] === '}') depth--;
      at++;
    }
    index = at;
  }
  return result + css.slice(index);
}

/** `<details>`, `<div class="sr-only">`, `<a href="https://evil.example/">`. */
function describe(element: ElementScan): string {
  const shown = ['id', 'class', 'href', 'src', 'hidden', 'aria-hidden', 'open', 'style'].flatMap((name) => {
    const value = attribute(element, name);
    if (value === undefined) return [];
    return value === '' && (name === 'hidden' || name === 'open') ? [name] : [`${name}="${value}"`];
  });
  return `<${[element.tagName, ...shown].join(' ')}>`;
}
