import type { Nodes, Parent } from 'mdast';
import { lineOf } from '../../transcript/parse-page.ts';
import type { Problem } from '../../utils/problem.ts';
import type { Rule } from '../rule.ts';

const RULE = 'quotation-marks';
/** The quotation marks editorial text does not use: it writes 「…」 (and 『…』 inside them). */
const OTHER_MARKS = /[“”]/;

/**
 * Editorial text quotes with one kind of mark, 「…」 (zh-CN house style), so that a reader never
 * wonders whether “…” and 「…」 mean two things. Text inside <Para> is the source's, marks and all.
 */
export const quotationMarks: Rule = {
  id: RULE,
  group: 'pages',
  title: 'editorial text quotes with 「」, never “”',
  check: (content) => {
    const problems: Problem[] = [];
    for (const { page, tree } of content.pages.filter((loaded) => !loaded.broken)) {
      if (!tree) continue;
      for (const { text, line } of editorialText(tree))
        if (OTHER_MARKS.test(text))
          problems.push({
            file: page.file,
            line,
            rule: RULE,
            message: `editorial text quotes with “”: write 「…」, the site's quotation marks (in "${text.trim()}")`,
          });
    }
    return problems;
  },
};

/** Every text node outside <Para>, with its line. */
function editorialText(tree: Parent): { text: string; line: number }[] {
  const found: { text: string; line: number }[] = [];
  const visit = (node: Nodes) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Para') return;
    if (node.type === 'text') found.push({ text: node.value, line: lineOf(node) ?? 1 });
    else if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree as Nodes);
  return found;
}
