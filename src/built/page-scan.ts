/**
 * What the steps after the build need of a built page, read from one parse of its HTML and kept
 * as plain data (the tree itself is let go): its policy, search filters, ids and links for the
 * headers file, the search and the link check; and, for the output check, every transcript
 * paragraph with the elements around it and its text. It depends on the page's HTML alone, so a
 * page whose HTML a build already scanned is not parsed again (./scan-cache.ts).
 */
import { parse } from 'parse5';
import { attribute, findElement, hasClass, isElement, isText, walk, type ChildNode, type Document, type Element } from './html-tree.ts';
import { pageFilters } from './page-filters.ts';

/** An element as the output check describes and judges it: its tag and the attributes that can hide or place it. */
export interface ElementScan {
  tagName: string;
  attrs: { name: string; value: string }[];
}

/** A transcript paragraph (an `l<n>` id or the `tx-para` class) as the page has it. */
export interface ParagraphScan {
  id: string | undefined;
  /** It and the elements around it, outermost first, as places in the page's `elements`: the last is the paragraph. */
  chain: number[];
  /** Where the page's content element (Starlight's `sl-markdown-content`) is in `chain`: -1 when the paragraph is outside it. */
  contentAt: number;
  /** Its text as the source has it: editorial parts removed, struck originals kept. */
  text: string;
  /** Elements in it other than the text elements a quoted paragraph may have. */
  markup: ElementScan[];
}

export interface PageScan {
  /** Its Content-Security-Policy, as in its `<meta http-equiv>` (undefined without one). */
  csp: string | undefined;
  /** Its search filters (./page-filters.ts): each name with its values. */
  filters: [name: string, values: string[]][];
  /** The id of every element, in document order, repeated ones as often as they are on the page. */
  ids: string[];
  /** The links (`<a href>`) in its content, each as written. */
  contentLinks: string[];
  /** The links of the layout around the content (sidebar, header, table of contents …). */
  layoutLinks: string[];
  /** Whether it has a `data-pagefind-body` element. */
  searched: boolean;
  /** `<html data-redirect-to>` of an old address. */
  redirect: string | undefined;
  /** `data-fragment-redirect`: where an old link to a paragraph it no longer has goes. */
  fragmentRedirect: string | undefined;
  paragraphs: ParagraphScan[];
  /** The paragraphs and the elements around them, each once (most paragraphs of a page share their ancestors). */
  elements: ElementScan[];
  /** The `data-term` of every element, in document order: the glossary's entries. */
  terms: string[];
}

/** Starlight's element that holds a page's content. */
export const CONTENT_ROOT = 'sl-markdown-content';

/** Elements a transcript paragraph may wrap its text in, once the editorial parts are removed. */
const TEXT_ELEMENTS: { tag: string; className?: string }[] = [
  { tag: 'p' },
  { tag: 'span', className: 'tx-fix' },
  { tag: 'del' },
  { tag: 'span', className: 'tx-credit' },
  { tag: 'span', className: 'tx-turn__label' },
];

/** The attributes the output check reads of the elements around a paragraph. */
const KEPT = new Set(['id', 'class', 'href', 'src', 'hidden', 'aria-hidden', 'inert', 'open', 'style']);

const elementScan = (element: Element): ElementScan => ({ tagName: element.tagName, attrs: element.attrs.filter(({ name }) => KEPT.has(name)) });

/**
 * A built page's HTML, parsed by parse5 without source positions (a fifth of the parse; no step
 * reports a built page's line) and read in place (./html-tree.ts), not converted to hast.
 * (Sätteri's native `htmlToHast` is faster, but keeps about 0.1 MB of native memory per page:
 * at 1,000 pages that build's peak memory was 1.57 times stock Starlight's, over the 1.5 target.)
 */
export function parseHtml(html: string): Document {
  return parse(html);
}

export function scanPage(html: string): PageScan {
  const tree = parseHtml(html);
  const contentRoot = findElement(tree, (element) => hasClass(element, CONTENT_ROOT));
  const scan: PageScan = {
    csp: cspOf(tree),
    filters: [...pageFilters(tree)].map(([name, values]) => [name, [...values]]),
    ids: [],
    contentLinks: [],
    layoutLinks: [],
    searched: false,
    redirect: undefined,
    fragmentRedirect: undefined,
    paragraphs: [],
    elements: [],
    terms: [],
  };
  const places = new Map<Element, number>();
  const placeOf = (element: Element): number => {
    let place = places.get(element);
    if (place === undefined) places.set(element, (place = scan.elements.push(elementScan(element)) - 1));
    return place;
  };
  walk(tree, (element, ancestors) => {
    const inContent = contentRoot !== undefined && (element === contentRoot || ancestors.includes(contentRoot));
    const id = attribute(element, 'id');
    for (const { name, value } of element.attrs) {
      if (name === 'id') scan.ids.push(value);
      else if (name === 'data-pagefind-body') scan.searched = true;
      else if (name === 'data-redirect-to') scan.redirect ??= value;
      else if (name === 'data-fragment-redirect') scan.fragmentRedirect ??= value;
      else if (name === 'data-term') scan.terms.push(value);
      else if (name === 'href' && element.tagName === 'a') (inContent ? scan.contentLinks : scan.layoutLinks).push(value);
    }
    if ((id && /^l[1-9]\d*$/.test(id)) || hasClass(element, 'tx-para')) {
      const { text, markup } = quotedText(element);
      scan.paragraphs.push({
        id,
        chain: [...ancestors, element].map(placeOf),
        contentAt: contentRoot ? ancestors.indexOf(contentRoot) : -1,
        text,
        markup: markup.map(elementScan),
      });
    }
  });
  return scan;
}

/** The content of `<meta http-equiv="content-security-policy">` in the page's head. */
function cspOf(tree: Document): string | undefined {
  const child = (parent: Document | Element, test: (element: Element) => boolean) => parent.childNodes.filter(isElement).find(test);
  const htmlElement = child(tree, (element) => element.tagName === 'html');
  const head = htmlElement && child(htmlElement, (element) => element.tagName === 'head');
  const meta = head && child(head, (element) => element.tagName === 'meta' && attribute(element, 'http-equiv')?.toLowerCase() === 'content-security-policy');
  return meta ? (attribute(meta, 'content') ?? '') : undefined;
}

/** The paragraph's text as the source has it: editorial parts removed, struck originals kept; and any other markup in it. */
function quotedText(paragraph: Element): { text: string; markup: Element[] } {
  const markup: Element[] = [];
  const read = (nodes: ChildNode[]): string =>
    nodes
      .map((node) => {
        if (isText(node)) return node.value;
        if (!isElement(node) || attribute(node, 'data-editorial') !== undefined) return '';
        if (isBundledScript(node)) return '';
        if (!TEXT_ELEMENTS.some(({ tag, className }) => node.tagName === tag && (!className || hasClass(node, className)))) markup.push(node);
        return read(node.childNodes);
      })
      .join('');
  return { text: read(paragraph.childNodes).trim(), markup };
}

/** The copy button's own module, which Astro places after the first use of the component. */
function isBundledScript(element: Element): boolean {
  return (
    element.tagName === 'script' &&
    attribute(element, 'type') === 'module' &&
    /(^|\/)_astro\/[\w.-]+\.js$/.test(attribute(element, 'src') ?? '') &&
    element.childNodes.length === 0
  );
}
