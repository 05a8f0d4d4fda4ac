import { Parser, type ModuleDeclaration, type Statement } from 'acorn';
import jsx from 'acorn-jsx';
import type { Nodes, Parent, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import type { MdxjsEsm } from 'mdast-util-mdxjs-esm';
import { attributeValue, lineOf, type JsxElement } from '../../transcript/parse-page.ts';
import { isSpeakerId, SPEAKERS } from '../../transcript/speakers.ts';
import type { LoadedPage } from '../../model/content.ts';
import type { Problem } from '../../utils/problem.ts';
import type { Rule } from '../rule.ts';

const RULE = 'grammar';

type AttributeKind = 'number' | 'text' | 'flag';

/**
 * The transcript components and the only attributes each takes: a plain number (`line={25}`),
 * plain quoted text (`from="..."`) or an optional bare flag (`headline`), each written once.
 */
const COMPONENTS: Record<string, Record<string, AttributeKind>> = {
  Para: { line: 'number', headline: 'flag' },
  QA: { line: 'number' },
  Turn: { speaker: 'text' },
  Fix: { from: 'text', to: 'text' },
  Credit: {},
};

/**
 * Elements that change what readers see of a page from outside its text (a stylesheet can hide a
 * paragraph, a script can rewrite it), and the attribute that styles one element. The CSP blocks
 * them in the browser today; a page must not rely on that.
 */
const FORBIDDEN_ELEMENTS = new Set(['style', 'script', 'link', 'iframe', 'object', 'embed', 'meta', 'base', 'template']);

/** Where a page may import components from: the project's components and Starlight's. */
const IMPORT_SOURCES = [/^~\/components\//, /^@astrojs\/starlight\/components$/];

const SPEAKER_LIST = Object.keys(SPEAKERS)
  .map((id) => `"${id}"`)
  .join(', ');

/**
 * The transcript grammar, as an allowlist. Inside <Para>: plain text, <Fix> and <Credit> only.
 * <Para> stands at the page's top level or inside <Turn> in <QA>; <QA> only at the top level,
 * <Turn> only in <QA>. Attributes: the known ones, each once, each a plain literal. No export on
 * a page that quotes the source; imports only from the project's components and Starlight's.
 */
export const grammar: Rule = {
  id: RULE,
  group: 'transcript',
  title: 'transcript components are used only as the grammar allows (CONTRIBUTING: 页面结构)',
  check: (content) => content.pages.filter((page) => !page.broken).flatMap(checkPage),
};

function checkPage({ page, tree }: LoadedPage): Problem[] {
  const problems: Problem[] = [];
  const report = (node: Nodes | undefined, message: string) =>
    problems.push({ file: page.file, line: node ? (lineOf(node) ?? 1) : 1, column: node?.position?.start.column, rule: RULE, message });
  if (!tree) return problems;
  const imported = new Set<string>();
  const quotes = page.paragraphs.length > 0;
  for (const node of tree.children) if (node.type === 'mdxjsEsm') checkEsm(node, imported, quotes, report);

  const walk = (parent: Parent, ancestors: Parent[]) => {
    parent.children.forEach((node, index) => {
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        checkElement(node, ancestors.concat(parent), parent.children[index - 1], imported, report);
        if (node.name === 'Para') return checkParagraphContent(node, imported, report); // its content is checked as a whole
      }
      if ('children' in node) walk(node, ancestors.concat(parent));
    });
  };
  walk(tree, []);
  return problems;
}

type Report = (node: Nodes | undefined, message: string) => void;

/** An import/export block read as MDX reads it: acorn with JSX. */
const esm = Parser.extend(jsx());

/**
 * The statements of an import/export block, each with its place in the file (the parser gives the
 * block's text, not its syntax), or undefined when it cannot be read.
 */
function statementsOf(node: MdxjsEsm): (Statement | ModuleDeclaration)[] | undefined {
  const start = node.position?.start ?? { line: 1, column: 1 };
  try {
    const { body } = esm.parse(node.value, { ecmaVersion: 'latest', sourceType: 'module', locations: true });
    for (const { loc } of body) {
      for (const point of loc ? [loc.start, loc.end] : []) {
        if (point.line === 1) point.column += start.column - 1;
        point.line += start.line - 1;
      }
    }
    return body;
  } catch {
    return undefined;
  }
}

function checkEsm(node: MdxjsEsm, imported: Set<string>, quotes: boolean, report: Report): void {
  const statements = statementsOf(node);
  if (!statements) {
    report(
      node,
      "an import or export the check cannot read: pages import only the project's components (~/components/...) and @astrojs/starlight/components, and define no values",
    );
    return;
  }
  for (const statement of statements) {
    // Report at the statement's own line: one ESM block can hold several import and export lines.
    const at = statement.loc
      ? ({
          type: 'text',
          value: '',
          position: {
            start: { line: statement.loc.start.line, column: statement.loc.start.column + 1 },
            end: { line: statement.loc.end.line, column: statement.loc.end.column + 1 },
          },
        } as Nodes)
      : node;
    if (statement.type === 'ImportDeclaration') {
      const from = String(statement.source.value);
      if (!IMPORT_SOURCES.some((allowed) => allowed.test(from)))
        report(at, `import from "${from}": pages import only the project's components (~/components/...) and @astrojs/starlight/components`);
      for (const specifier of statement.specifiers) imported.add(specifier.local.name);
    } else if (quotes && /^Export/.test(statement.type)) {
      report(
        at,
        'export on a page that quotes the source: a page may not define values (they could replace what the components show); write the text in the page',
      );
    }
  }
}

function checkElement(node: JsxElement, ancestors: Parent[], previous: RootContent | undefined, imported: Set<string>, report: Report): void {
  const name = node.name ?? '';
  checkImported(node, imported, report);
  if (FORBIDDEN_ELEMENTS.has(name.toLowerCase()))
    report(node, `<${name}> on a content page: it could hide or rewrite what readers see; pages hold text and the project's components only`);
  if (node.attributes.some((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'style'))
    report(node, `<${name} style=...>: a style attribute can hide or restyle text; the site's stylesheets style every component`);
  const attributes = COMPONENTS[name];
  if (!attributes) return;
  checkAttributes(node, name, attributes, report);
  const parents = ancestors.slice(1) as Nodes[]; // without the page's root
  const innermost = parents.at(-1);
  const line = attributeValue(node, 'line');
  const tag = name === 'Para' || name === 'QA' ? `<${name} line={${line ?? '?'}}>` : `<${name}>`;
  switch (name) {
    case 'Para':
      if (!(parents.length === 0 || (parents.length === 2 && isElement(parents[0], 'QA') && isElement(parents[1], 'Turn')))) {
        report(
          node,
          isElement(innermost, 'QA')
            ? `${tag} inside <QA> but not inside a <Turn speaker="...">: say who speaks`
            : `${tag} inside ${describe(innermost)}: a <Para> stands at the top level of the page, or inside <Turn> in <QA>; nothing else may wrap, hide or demote it`,
        );
      }
      return;
    case 'QA':
      if (parents.length > 0) report(node, `${tag} inside ${describe(innermost)}: a <QA> stands at the top level of the page`);
      if (previous?.type !== 'heading')
        report(node, `${tag} needs a heading (## ...) right before it: the heading names the question in the table of contents and the Q&A index`);
      checkQA(node, tag, report);
      return;
    case 'Turn': {
      const speaker = attributeValue(node, 'speaker');
      if (!isElement(innermost, 'QA') || parents.length !== 1) report(node, `<Turn> inside ${describe(innermost)}: speaker turns stand directly inside a <QA>`);
      if (typeof speaker === 'string' && !isSpeakerId(speaker)) report(node, `<Turn speaker="${speaker}">: speaker must be one of ${SPEAKER_LIST}`);
      return;
    }
    default:
      report(node, `<${name}> outside <Para>: it marks part of a transcript paragraph`);
  }
}

function checkAttributes(node: JsxElement, name: string, allowed: Record<string, AttributeKind>, report: Report): void {
  const entries = Object.entries(allowed);
  const flags = entries.filter(([, kind]) => kind === 'flag').map(([key]) => key);
  const expected =
    entries
      .filter(([, kind]) => kind !== 'flag')
      .map(([key, kind]) => (kind === 'number' ? `${key}={n}` : `${key}="..."`))
      .join(' ') + (flags.length ? ` (optionally the bare flag ${flags.join(', ')})` : '');
  const takes = expected ? `<${name}> takes ${expected}, nothing else` : `<${name}> takes no attributes`;
  const seen = new Set<string>();
  for (const attribute of node.attributes as (MdxJsxAttribute | MdxJsxExpressionAttribute)[]) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      report(node, `<${name} {${attribute.value}}>: a spread attribute can set anything at render time; ${takes}, written as plain literals`);
      continue;
    }
    const kind = allowed[attribute.name];
    if (!kind) {
      report(node, `<${name}>: unknown attribute "${attribute.name}": ${takes}`);
      continue;
    }
    if (seen.has(attribute.name))
      report(node, `<${name}>: attribute "${attribute.name}" is written twice: the check and the page would read different ones; write it once`);
    seen.add(attribute.name);
    const { value } = attribute;
    if (kind === 'number') {
      // A positive whole number, written in digits: {25}.
      if (typeof value !== 'object' || !value || !/^\s*[1-9]\d*\s*$/.test(value.value))
        report(node, `<${name} ${attribute.name}=${show(value)}>: ${attribute.name} is a plain source line number, written ${attribute.name}={25}`);
    } else if (kind === 'flag') {
      if (value !== null && value !== undefined)
        report(node, `<${name} ${attribute.name}=${show(value)}>: ${attribute.name} is a bare flag, written <${name} ${attribute.name}> without a value`);
    } else if (typeof value !== 'string') {
      report(node, `<${name} ${attribute.name}=${show(value)}>: ${attribute.name} is plain quoted text, written ${attribute.name}="..." (not an expression)`);
    }
  }
  for (const [key, kind] of Object.entries(allowed)) {
    if (seen.has(key) || kind === 'flag') continue;
    if (name === 'Fix' && key === 'from') report(node, '<Fix> without from="...": a correction must keep the original wording of the source visible');
    else if (name === 'Fix') report(node, `<Fix> without to="...": say what the source presumably means`);
    else if (key === 'line') report(node, `<${name}> needs line={n} with the source line number, e.g. line={9}`);
    else report(node, `<Turn> needs speaker="...": one of ${SPEAKER_LIST}`);
  }
}

function checkImported(node: JsxElement, imported: Set<string>, report: Report): void {
  const name = node.name ?? '';
  if (/^[A-Z]/.test(name) && !imported.has(name.split('.')[0] as string))
    report(node, `<${name}> is not imported: check its name, or add it to the import line at the top of the page`);
}

/** Inside <Para>: one Markdown paragraph of plain text, <Fix /> and <Credit>text</Credit>. */
function checkParagraphContent(para: JsxElement, imported: Set<string>, report: Report): void {
  const tag = `<Para line={${attributeValue(para, 'line') ?? '?'}}>`;
  let blocks = 0;
  let text = '';
  const visit = (children: RootContent[]) => {
    for (const child of children) {
      if (child.type === 'text') {
        text += child.value;
      } else if (child.type === 'paragraph') {
        if (++blocks > 1) report(child, `${tag} holds more than one paragraph: a <Para> quotes exactly one source paragraph`);
        visit(child.children);
      } else if ((child.type === 'mdxJsxTextElement' || child.type === 'mdxJsxFlowElement') && (child.name === 'Fix' || child.name === 'Credit')) {
        checkImported(child, imported, report);
        checkAttributes(child, child.name, COMPONENTS[child.name] ?? {}, report);
        if (child.name === 'Fix') {
          text += 'x';
          for (const key of ['from', 'to'])
            if (attributeValue(child, key)?.trim() === '')
              report(
                child,
                key === 'from'
                  ? '<Fix from="">: a correction replaces words of the source; write them in from="..." (editorial words go outside <Para>)'
                  : '<Fix to="">: say what the source presumably means in to="..."',
              );
          if (child.children.length > 0) report(child, '<Fix> takes no content: write <Fix from="原文" to="更正" />');
        } else {
          const inner = child.children.flatMap((grandchild) => (grandchild.type === 'paragraph' ? grandchild.children : [grandchild]));
          for (const grandchild of inner) {
            if (grandchild.type === 'text') text += grandchild.value;
            else report(grandchild, `${markup(grandchild)} inside <Credit>: the credit is plain text as in the source`);
          }
        }
      } else {
        report(child, `${markup(child)} inside ${tag}: a quoted paragraph is plain text; only <Fix> and <Credit> may mark it`);
      }
    }
  };
  visit(para.children as RootContent[]);
  if (!text.trim()) report(para, `${tag} is empty: paste the source paragraph between <Para> and </Para>`);
}

function checkQA(qa: JsxElement, tag: string, report: Report): void {
  const turns = qa.children.filter((child): child is JsxElement => isElement(child, 'Turn'));
  if (!turns.some((turn) => attributeValue(turn, 'speaker') === 'analyst'))
    report(qa, `${tag} has no <Turn speaker="analyst">: a Q&A unit starts with the analyst's question`);
  const first = turns.flatMap((turn) => turn.children as RootContent[]).find((child) => isElement(child, 'Para')) as JsxElement | undefined;
  const qaLine = attributeValue(qa, 'line');
  const firstLine = first ? attributeValue(first, 'line') : undefined;
  if (first && qaLine && firstLine && Number(firstLine) !== Number(qaLine))
    report(qa, `${tag} starts with <Para line={${firstLine}}>: a Q&A unit's line is the line of its question; write <QA line={${firstLine}}>`);
}

function isElement(node: Nodes | RootContent | undefined, name: string): node is JsxElement {
  return (node?.type === 'mdxJsxFlowElement' || node?.type === 'mdxJsxTextElement') && node.name === name;
}

/** How a contributor wrote the wrapper around a paragraph. */
function describe(node: Nodes | undefined): string {
  if (!node) return 'the page';
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    const attributes = node.attributes.map((attribute) => (attribute.type === 'mdxJsxAttribute' ? ` ${attribute.name}` : ' {...}')).join('');
    return `<${node.name ?? ''}${attributes}>`;
  }
  if (node.type === 'containerDirective') return `:::${node.name}`;
  if (node.type === 'leafDirective') return `::${node.name}`;
  if (node.type === 'paragraph') return 'a line of text (put <Para> on its own line)';
  return `a Markdown ${node.type}`;
}

const MARKUP: Record<string, string> = {
  strong: '**bold**',
  emphasis: '*emphasis*',
  delete: '~~strikethrough~~',
  link: 'a link',
  linkReference: 'a link',
  image: 'an image',
  imageReference: 'an image',
  inlineCode: '`code`',
  html: 'HTML',
  break: 'a hard line break',
  mdxTextExpression: 'an expression {...}',
  mdxFlowExpression: 'an expression {...}',
  textDirective: 'a :directive',
  footnoteReference: 'a footnote',
};

function markup(node: RootContent): string {
  if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') return `<${node.name ?? ''}>`;
  return MARKUP[node.type] ?? `a Markdown ${node.type}`;
}

function show(value: MdxJsxAttribute['value']): string {
  if (value === null || value === undefined) return '(no value)';
  return typeof value === 'string' ? JSON.stringify(value) : `{${value.value}}`;
}
