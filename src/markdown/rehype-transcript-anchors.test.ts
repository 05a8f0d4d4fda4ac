import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Root } from 'hast';
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import { rehypeTranscriptAnchors } from './rehype-transcript-anchors.ts';

function element(name: string, attributes: MdxJsxFlowElementHast['attributes']): MdxJsxFlowElementHast {
  return { type: 'mdxJsxFlowElement', name, attributes, children: [] };
}

const lineAttribute = (line: string) => ({
  type: 'mdxJsxAttribute' as const,
  name: 'line',
  value: { type: 'mdxJsxAttributeValueExpression' as const, value: line },
});

function idsAfterPlugin(nodes: MdxJsxFlowElementHast[]): (string | undefined)[] {
  const tree = { type: 'root', children: nodes } as unknown as Root;
  rehypeTranscriptAnchors()(tree);
  return nodes.map((node) => {
    const id = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'id');
    return typeof id?.value === 'string' ? id.value : undefined;
  });
}

test('gives <Para line={9}> the id l9 and <QA line={27}> the id q27, as the components render them', () => {
  assert.deepEqual(idsAfterPlugin([element('Para', [lineAttribute('9')]), element('QA', [lineAttribute('27')])]), ['l9', 'q27']);
});

test('leaves other components and paragraphs without a line number alone', () => {
  assert.deepEqual(idsAfterPlugin([element('Turn', [lineAttribute('9')]), element('Para', []), element('Para', [lineAttribute('x')])]), [
    undefined,
    undefined,
    undefined,
  ]);
});
