import type { Nodes, Parent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { MdxjsEsm } from 'mdast-util-mdxjs-esm';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseDocument } from 'yaml';
import type { Problem } from './problem.ts';
import { isSpeakerId, SPEAKERS, type SpeakerId } from './speakers.ts';

/** A correction marked with `<Fix from="..." to="..." />`: the source says `from`, the editors read `to`. */
export interface Correction {
  from: string;
  to: string;
  fileLine: number;
}

/** One transcript paragraph quoted on a page with `<Para line={n}>`. */
export interface TranscriptParagraph {
  /** The source line it declares (its anchor is `l<line>`). */
  line: number;
  /** Its text as in the source: markup removed, every correction undone. */
  text: string;
  fileLine: number;
  corrections: Correction[];
  speaker?: SpeakerId;
  /** The source line of the Q&A unit it belongs to. */
  qa?: number;
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
  /** Problems found while reading the page: syntax, misuse of the transcript components. */
  problems: Problem[];
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkMdx);

/**
 * Reads an MDX page into transcript blocks. This is the one parser of the project:
 * the transcript check, the Q&A index and the original-order page all read its result.
 * It never throws: what it cannot read becomes a problem with the file and line.
 */
export function parsePage(file: string, source: string): ParsedPage {
  const page: ParsedPage = { file, frontmatter: {}, frontmatterLines: {}, paragraphs: [], qas: [], editorial: [], problems: [] };
  const problem = (line: number | undefined, message: string) => page.problems.push({ file, line: line ?? 1, message });

  let tree: Root;
  try {
    tree = processor.parse(source);
  } catch (error) {
    const { line, reason } = error as { line?: number; reason?: string };
    // A tag left open at the end of the file has its place only in the text: "... `<Para>` (14:1-14:17)".
    const openedAt = Number(/\((\d+):\d+-\d+:\d+\)/.exec(reason ?? '')?.[1]) || undefined;
    problem(line ?? openedAt, `MDX syntax error: ${reason ?? String(error)}`);
    return page;
  }

  const imported = new Set<string>();
  const state: WalkState = { page, problem, imported, qa: undefined, speaker: undefined };
  for (const node of tree.children) {
    if (node.type === 'yaml') readFrontmatter(page, node.value, lineOf(node), problem);
    if (node.type === 'mdxjsEsm') collectImports(node, imported);
  }
  walkChildren(tree, state);
  return page;
}

interface WalkState {
  page: ParsedPage;
  problem: (line: number | undefined, message: string) => void;
  imported: Set<string>;
  qa: QAUnit | undefined;
  speaker: SpeakerId | undefined;
}

function walkChildren(parent: Parent, state: WalkState): void {
  let previous: RootContent | undefined;
  for (const node of parent.children) {
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
  const { problem } = state;
  const name = node.name ?? '';
  const line = lineOf(node);
  checkImported(node, state);
  switch (name) {
    case 'Para':
      readParagraph(node, state);
      return;
    case 'QA': {
      if (state.qa) problem(line, `<QA> inside <QA line={${state.qa.line}}>: close the first Q&A unit before opening the next`);
      const qaLine = numberAttribute(node, 'line', state);
      const qa: QAUnit = { line: qaLine ?? 0, title: previous?.type === 'heading' ? plainText(previous) : undefined, fileLine: line ?? 1, paragraphs: [] };
      if (!qa.title)
        problem(
          line,
          `<QA line={${qa.line}}> needs a heading (## ...) right before it: the heading names the question in the table of contents and the Q&A index`,
        );
      state.page.qas.push(qa);
      walkChildren(node, { ...state, qa });
      if (qaLine !== undefined && qa.paragraphs[0] && qa.paragraphs[0].line !== qaLine) {
        problem(line, `<QA line={${qaLine}}> starts with <Para line={${qa.paragraphs[0].line}}>: a Q&A unit's line is the line of its question`);
      }
      if (!qa.paragraphs.some((p) => p.speaker === 'analyst'))
        problem(line, `<QA line={${qa.line}}> has no <Turn speaker="analyst">: a Q&A unit starts with the analyst's question`);
      return;
    }
    case 'Turn': {
      const speaker = stringAttribute(node, 'speaker') ?? '';
      if (!isSpeakerId(speaker)) {
        problem(
          line,
          `<Turn speaker="${speaker}">: speaker must be one of ${Object.keys(SPEAKERS)
            .map((id) => `"${id}"`)
            .join(', ')}`,
        );
      }
      if (!state.qa) problem(line, '<Turn> outside <QA>: speaker turns belong to a Q&A unit');
      walkChildren(node, { ...state, speaker: isSpeakerId(speaker) ? speaker : undefined });
      return;
    }
    case 'Fix':
    case 'Credit':
      problem(line, `<${name}> outside <Para>: it marks part of a transcript paragraph`);
      return;
    default:
      walkChildren(node, state);
  }
}

function readParagraph(node: JsxElement, state: WalkState): void {
  const { page, problem } = state;
  const fileLine = lineOf(node) ?? 1;
  const line = numberAttribute(node, 'line', state);
  const paragraph: TranscriptParagraph = { line: line ?? 0, text: '', fileLine, corrections: [] };
  if (state.qa) paragraph.qa = state.qa.line;
  if (state.speaker) paragraph.speaker = state.speaker;
  else if (state.qa) problem(fileLine, `<Para line={${paragraph.line}}> inside <QA> but not inside a <Turn speaker="...">: say who speaks`);

  let blocks = 0;
  const read = (children: RootContent[]): string =>
    children
      .map((child): string => {
        switch (child.type) {
          case 'text':
          case 'inlineCode':
            return child.value;
          case 'break':
            return '';
          case 'paragraph':
            if (++blocks > 1)
              problem(lineOf(child), `<Para line={${paragraph.line}}> holds more than one paragraph: a <Para> quotes exactly one source paragraph`);
            return read(child.children);
          case 'mdxJsxTextElement':
          case 'mdxJsxFlowElement':
            return readInline(child, paragraph, read, state);
          case 'mdxTextExpression':
          case 'mdxFlowExpression':
            problem(lineOf(child), `{${child.value}} inside <Para line={${paragraph.line}}>: transcript text is plain text, write it out`);
            return '';
          default:
            return 'children' in child ? read(child.children as RootContent[]) : '';
        }
      })
      .join('');
  paragraph.text = read(node.children as RootContent[]).trim();
  if (!paragraph.text) problem(fileLine, `<Para line={${paragraph.line}}> is empty: paste the source paragraph between <Para> and </Para>`);
  page.paragraphs.push(paragraph);
  state.qa?.paragraphs.push(paragraph);
}

function readInline(node: JsxElement, paragraph: TranscriptParagraph, read: (children: RootContent[]) => string, state: WalkState): string {
  const { problem } = state;
  const fileLine = lineOf(node) ?? 1;
  checkImported(node, state);
  if (node.name === 'Fix') {
    const from = stringAttribute(node, 'from');
    const to = stringAttribute(node, 'to');
    if (!from) problem(fileLine, '<Fix> without from="...": a correction must keep the original wording of the source visible');
    if (!to) problem(fileLine, `<Fix from="${from ?? ''}"> without to="...": say what the source presumably means`);
    if (node.children.length > 0) problem(fileLine, '<Fix> takes no content: write <Fix from="原文" to="更正" />');
    if (from && to) paragraph.corrections.push({ from, to, fileLine });
    return from ?? '';
  }
  if (node.name === 'Credit') return read(node.children as RootContent[]);
  problem(fileLine, `<${node.name ?? ''}> inside <Para line={${paragraph.line}}>: only <Fix> and <Credit> may mark transcript text`);
  return read(node.children as RootContent[]);
}

/** A component used but not imported would fail at build time: name it with its line. */
function checkImported(node: JsxElement, state: WalkState): void {
  const name = node.name ?? '';
  if (/^[A-Z]/.test(name) && !state.imported.has(name.split('.')[0] as string)) {
    state.problem(lineOf(node), `<${name}> is not imported: check its name, or add it to the import line at the top of the page`);
  }
}

function readFrontmatter(page: ParsedPage, yaml: string, startLine: number | undefined, problem: WalkState['problem']): void {
  const firstLine = (startLine ?? 1) + 1;
  const document = parseDocument(yaml, { prettyErrors: false });
  for (const error of document.errors) {
    problem(firstLine + (error.linePos?.[0].line ?? 1) - 1, `frontmatter is not valid YAML: ${error.message.split('\n')[0]}`);
  }
  if (document.errors.length > 0) return;
  const value: unknown = document.toJS();
  if (value && typeof value === 'object' && !Array.isArray(value)) page.frontmatter = value as Record<string, unknown>;
  yaml.split('\n').forEach((text, index) => {
    const key = /^([A-Za-z_][\w-]*):/.exec(text)?.[1];
    if (key) page.frontmatterLines[key] = firstLine + index;
  });
}

function collectImports(node: MdxjsEsm, into: Set<string>): void {
  for (const statement of node.data?.estree?.body ?? []) {
    if (statement.type !== 'ImportDeclaration') continue;
    for (const specifier of statement.specifiers) into.add(specifier.local.name);
  }
}

function attributeValue(node: JsxElement, name: string): string | null | undefined {
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || attribute.name !== name) continue;
    if (attribute.value === null || attribute.value === undefined) return null;
    return typeof attribute.value === 'string' ? attribute.value : attribute.value.value;
  }
  return undefined;
}

function stringAttribute(node: JsxElement, name: string): string | undefined {
  const value = attributeValue(node, name);
  if (typeof value !== 'string') return undefined;
  // An expression attribute like from={"x"} holds a JS string literal.
  const literal = /^\s*(["'`])([\s\S]*)\1\s*$/.exec(value);
  return literal ? literal[2] : value;
}

function numberAttribute(node: JsxElement, name: string, state: WalkState): number | undefined {
  const value = attributeValue(node, name);
  const number = typeof value === 'string' ? Number(value.trim()) : Number.NaN;
  if (Number.isInteger(number) && number > 0) return number;
  state.problem(lineOf(node), `<${node.name ?? ''}> needs ${name}={n} with the source line number, e.g. ${name}={9}`);
  return undefined;
}

function lineOf(node: Nodes): number | undefined {
  return node.position?.start.line;
}

function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}
