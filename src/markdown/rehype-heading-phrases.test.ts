import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { rehypeHeadingPhrases } from './rehype-heading-phrases.ts';

const heading = (tagName: string, value: string): Element => ({ type: 'element', tagName, properties: {}, children: [{ type: 'text', value }] });

test('a heading is cut into phrases, its text unchanged; a paragraph is left alone', () => {
  const h2 = heading('h2', '第四季度指引与 FTC 和解');
  const p = heading('p', '与 FTC 的和解');
  rehypeHeadingPhrases()({ type: 'root', children: [h2, p] } as Root);
  assert.equal(toText(h2), '第四季度指引与 FTC 和解');
  const spans = h2.children.filter((child): child is Element => child.type === 'element').map((span) => toText(span));
  // 和解 and 第四季度 are each inside one phrase, never cut between two.
  for (const word of ['和解', '第四季度'])
    assert.ok(
      spans.some((span) => span.includes(word)),
      `${word}: ${spans.join('|')}`,
    );
  assert.ok(spans.length > 1, spans.join('|'));
  assert.equal(p.children.length, 1);
});
