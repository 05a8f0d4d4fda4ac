import type { Nodes, Parent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { createRequire } from 'node:module';
import { mdxToMdast } from 'satteri';
import type { Plugin } from 'unified';
import { LineCounter, parseDocument } from 'yaml';
import type { Problem } from '../utils/problem.ts';
import { isSpeakerId, type SpeakerId } from './speakers.ts';

/** A correction marked with `<Fix from="..." to="..." />`: the source says `from`, the editors read `to`. */
export interface Correction {
  from: string;
  to: string;
  fileLine: number;
}

/** One transcript paragraph quoted on a page with `<Para line={n}>`. */
export interface TranscriptParagraph {
  /** The source line it declares (its anchor is `l<line>`); 0 when it declares none. */
  line: number;
  /** Its text as in the source: markup removed, every correction undone. */
  text: string;
  fileLine: number;
  /** The last file line of the element. */
  endLine: number;
  corrections: Correction[];
  /** The publisher's credit at its end, marked `<Credit>`, as the source writes it. */
  credit?: string;
  speaker?: SpeakerId;
  /** The source line of the Q&A unit it belongs to. */
  qa?: number;
  /** The heading it stands under (a Q&A unit's own heading): how readers know where it is. */
  section?: string;
}

/** A question and its answer, wrapped in `<QA line={n}>` (anchor `q<n>`). */
export interface QAUnit {
  line: number;
  /** The editorial heading right before the unit. */
  title: string | undefined;
  fileLine: number;
  paragraphs: TranscriptParagraph[];
}

/** Text outside transcript paragraphs: headings, intros, notes, tables. */
export interface EditorialText {
  text: string;
  fileLine: number;
}

export interface ParsedPage {
  file: string;
  frontmatter: Record<string, unknown>;
  /** The file line of each top-level frontmatter key. */
  frontmatterLines: Record<string, number>;
  paragraphs: TranscriptParagraph[];
  qas: QAUnit[];
  editorial: EditorialText[];
  /** What kept the page from being read: not UTF-8, an MDX syntax error, invalid frontmatter YAML. */
  problems: Problem[];
}

/** A page as the checks see it: the parsed page, its text and its syntax tree (none if it did not parse). */
export interface PageSource {
  page: ParsedPage;
  text: string;
  tree: Root | undefined;
}

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/**
 * The Markdown dialect of the site's pages: MDX, frontmatter, GFM and Starlight's `:::` asides,
 * read by Sätteri (native, as Astro renders the pages) into the same mdast as remark's.
 */
const FEATURES = { gfm: true, frontmatter: true, directive: true };

/**
 * The same dialect in remark, for a page Sätteri cannot read: micromark's syntax errors name
 * the character and place (`Unexpected character \`8\` (U+0038) before attribute value`) where
 * Sätteri's only say where the tag starts. Loaded on first use (60 ms of every build otherwise).
 */
const load = createRequire(import.meta.url);
let remark: ReturnType<typeof remarkParser> | undefined;
function remarkParser() {
  const plugin = (name: string) => (load(name) as { default: Plugin<[unknown?]> }).default;
  return (load('unified') as typeof import('unified'))
    .unified()
    .use(plugin('remark-parse'))
    .use(plugin('remark-frontmatter'), ['yaml'])
    .use(plugin('remark-gfm'))
    .use(plugin('remark-directive'))
    .use(plugin('remark-mdx'));
}

function parseTree(source: string): Root {
  try {
    return mdxToMdast(source, { features: FEATURES }) as Root;
  } catch {
    return (remark ??= remarkParser()).parse(source) as Root;
  }
}

/** The rule id of problems that keep a file from being read. */
export const SYNTAX_RULE = 'syntax';

/**
 * Reads an MDX page into transcript blocks. This is the one parser of the project: the checks,
 * the Q&A index, the figures box, the glossary and the original-order page all read its result.
 * It only parses: it never judges how the components are used (the rules in src/checks/ do) and
 * never throws; what it cannot read becomes a problem with the file and line.
 */
export function parseMdx(file: string, source: string): PageSource {
  const page: ParsedPage = { file, frontmatter: {}, frontmatterLines: {}, paragraphs: [], qas: [], editorial: [], problems: [] };
  let tree: Root;
  try {
    tree = parseTree(source);
  } catch (error) {
    const { line, column, reason } = error as { line?: number; column?: number; reason?: string };
    // A tag left open at the end of the file has its place only in the text: "... `<Para>` (14:1-14:17)".
    const openedAt = Number(/\((\d+):\d+-\d+:\d+\)/.exec(reason ?? '')?.[1]) || undefined;
    page.problems.push({
      file,
      line: line ?? openedAt ?? 1,
      column: line ? column : undefined,
      rule: SYNTAX_RULE,
      message: `MDX syntax error: ${reason ?? String(error)}`,
    });
    return { page, text: source, tree: undefined };
  }
  restoreTextDirectives(tree, source);
  for (const node of tree.children) if (node.type === 'yaml') readFrontmatter(page, node.value, lineOf(node));
  walkChildren(tree, { page, qa: undefined, speaker: undefined, heading: { text: undefined } });
  return { page, text: source, tree };
}

export function parsePage(file: string, source: string): ParsedPage {
  return parseMdx(file, source).page;
}

/**
 * `问:我想…` parses as a text directive named `我想…`; Starlight renders every text directive it
 * does not handle (all of them) as the text it was written with, and so does the parser.
 */
function restoreTextDirectives(parent: Parent, source: string): void {
  parent.children = parent.children.map((node) => {
    const { start, end } = node.position ?? {};
    if (node.type === 'textDirective' && start?.offset !== undefined && end?.offset !== undefined) {
      return { type: 'text', value: source.slice(start.offset, end.offset), position: node.position };
    }
    if ('children' in node) restoreTextDirectives(node, source);
    return node;
  }) as typeof parent.children;
}

interface WalkState {
  page: ParsedPage;
  qa: QAUnit | undefined;
  speaker: SpeakerId | undefined;
  /** The text of the last heading read, shared by the whole walk. */
  heading: { text: string | undefined };
}

function walkChildren(parent: Parent, state: WalkState): void {
  let previous: RootContent | undefined;
  for (const node of parent.children) {
    if (node.type === 'heading') state.heading.text = plainText(node).trim() || undefined;
    walk(node, state, previous);
    previous = node;
  }
}

function walk(node: RootContent, state: WalkState, previous: RootContent | undefined): void {
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    walkElement(node, state, previous);
    return;
  }
  if (node.type === 'text' || node.type === 'inlineCode') {
    const text = node.value.trim();
    if (text) state.page.editorial.push({ text, fileLine: lineOf(node) ?? 1 });
    return;
  }
  if ('children' in node) walkChildren(node, state);
}

function walkElement(node: JsxElement, state: WalkState, previous: RootContent | undefined): void {
  switch (node.name) {
    case 'Para':
      readParagraph(node, state);
      return;
    case 'QA': {
      const qa: QAUnit = {
        line: numberAttribute(node, 'line') ?? 0,
        title: previous?.type === 'heading' ? plainText(previous) : undefined,
        fileLine: lineOf(node) ?? 1,
        paragraphs: [],
      };
      state.page.qas.push(qa);
      walkChildren(node, { ...state, qa });
      return;
    }
    case 'Turn': {
      const speaker = stringAttribute(node, 'speaker') ?? '';
      walkChildren(node, { ...state, speaker: isSpeakerId(speaker) ? speaker : undefined });
      return;
    }
    default:
      walkChildren(node, state);
  }
}

function readParagraph(node: JsxElement, state: WalkState): void {
  const paragraph: TranscriptParagraph = {
    line: numberAttribute(node, 'line') ?? 0,
    text: '',
    fileLine: lineOf(node) ?? 1,
    endLine: node.position?.end.line ?? lineOf(node) ?? 1,
    corrections: [],
  };
  if (state.qa) paragraph.qa = state.qa.line;
  const section = state.qa?.title ?? state.heading.text;
  if (section) paragraph.section = section;
  if (state.speaker) paragraph.speaker = state.speaker;
  const read = (children: RootContent[]): string =>
    children
      .map((child): string => {
        if (child.type === 'text' || child.type === 'inlineCode') return child.value;
        if ((child.type === 'mdxJsxTextElement' || child.type === 'mdxJsxFlowElement') && child.name === 'Fix') {
          const from = stringAttribute(child, 'from') ?? '';
          const to = stringAttribute(child, 'to');
          if (from && to) paragraph.corrections.push({ from, to, fileLine: lineOf(child) ?? paragraph.fileLine });
          return from;
        }
        if ((child.type === 'mdxJsxTextElement' || child.type === 'mdxJsxFlowElement') && child.name === 'Credit') {
          paragraph.credit = read(child.children as RootContent[]);
          return paragraph.credit;
        }
        return 'children' in child ? read(child.children as RootContent[]) : '';
      })
      .join('');
  paragraph.text = read(node.children as RootContent[]).trim();
  state.page.paragraphs.push(paragraph);
  state.qa?.paragraphs.push(paragraph);
}

function readFrontmatter(page: ParsedPage, yaml: string, startLine: number | undefined): void {
  const firstLine = (startLine ?? 1) + 1;
  const lineCounter = new LineCounter();
  const document = parseDocument(yaml, { prettyErrors: false, lineCounter });
  // The first error is the cause; the ones after it usually follow from it.
  for (const error of document.errors.slice(0, 1)) {
    const at = lineCounter.linePos(error.pos[0]);
    page.problems.push({
      file: page.file,
      line: firstLine + at.line - 1,
      column: at.col,
      rule: SYNTAX_RULE,
      message: `frontmatter is not valid YAML: ${error.message.split('\n')[0]}`,
    });
  }
  if (document.errors.length > 0) return;
  const value: unknown = document.toJS();
  if (value && typeof value === 'object' && !Array.isArray(value)) page.frontmatter = value as Record<string, unknown>;
  yaml.split('\n').forEach((text, index) => {
    const key = /^([A-Za-z_][\w-]*):/.exec(text)?.[1];
    if (key) page.frontmatterLines[key] = firstLine + index;
  });
}

/**
 * An attribute's value as the render sees it. JSX lets the last of two same-named attributes
 * win, so the last one is read here too (the grammar rule forbids writing one twice).
 */
export function attributeValue(node: JsxElement, name: string): string | null | undefined {
  const attribute = node.attributes.findLast((candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === name);
  if (!attribute || attribute.type !== 'mdxJsxAttribute') return undefined;
  if (attribute.value === null || attribute.value === undefined) return null;
  return typeof attribute.value === 'string' ? attribute.value : attribute.value.value;
}

function stringAttribute(node: JsxElement, name: string): string | undefined {
  const attribute = node.attributes.findLast((candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === name);
  if (!attribute || attribute.type !== 'mdxJsxAttribute' || attribute.value === null || attribute.value === undefined) return undefined;
  if (typeof attribute.value === 'string') return attribute.value;
  // An expression: only a string literal (from={"x"}) has a value known before the render.
  const literal = /^\s*(["'])((?:(?!\1)[^\\])*)\1\s*$/.exec(attribute.value.value);
  return literal ? literal[2] : undefined;
}

function numberAttribute(node: JsxElement, name: string): number | undefined {
  const value = attributeValue(node, name);
  const number = typeof value === 'string' ? Number(value.trim()) : Number.NaN;
  return Number.isInteger(number) && number > 0 ? number : undefined;
}

export function lineOf(node: Nodes): number | undefined {
  return node.position?.start.line;
}

export function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}
