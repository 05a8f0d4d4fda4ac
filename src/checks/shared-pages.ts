import type { Nodes } from 'mdast';
import type { SitePage } from '../model/site.ts';
import { attributeValue, lineOf } from '../transcript/parse-page.ts';
import type { Problem } from '../utils/problem.ts';

/** The rule id of the pages shared by every call (content/docs/). */
export const SHARED_RULE = 'shared-pages';

/** Components that show the figures or questions of the call of the page they stand on; `call="…"` names one elsewhere. */
const CALL_COMPONENTS: Record<string, boolean> = { FiguresTable: false, FigureCharts: false, QuestionIndex: false, HeadlineFigures: true, TopicCards: true };

/**
 * A page shared by every call (content/docs/) belongs to no call: it quotes no transcript, and
 * it uses no component that shows "this call's" figures or questions (the render would fail).
 */
export function checkSharedPages(pages: SitePage[]): Problem[] {
  return pages.flatMap(({ loaded: { page, tree } }) => {
    const problems: Problem[] = [...page.problems];
    const quoted = page.paragraphs[0];
    if (quoted)
      problems.push({
        file: page.file,
        line: quoted.fileLine,
        rule: SHARED_RULE,
        message: 'a page shared by all calls quotes no transcript: move it into the folder of its call (content/calls/<call-id>/)',
      });
    const visit = (node: Nodes) => {
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && node.name in CALL_COMPONENTS) {
        const namesCall = CALL_COMPONENTS[node.name] && typeof attributeValue(node, 'call') === 'string';
        if (!namesCall)
          problems.push({
            file: page.file,
            line: lineOf(node) ?? 1,
            column: node.position?.start.column,
            rule: SHARED_RULE,
            message: `<${node.name}> shows the figures or questions of its page's call, and a page shared by all calls has none: put it on a page in content/calls/<call-id>/${CALL_COMPONENTS[node.name] ? ', or name the call: call="amazon-2025-q3"' : ''}`,
          });
      }
      if ('children' in node) for (const child of node.children) visit(child as Nodes);
    };
    if (tree) visit(tree as Nodes);
    return problems;
  });
}
