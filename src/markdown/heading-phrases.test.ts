import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markdownToHtml } from 'satteri';
import { headingPhrases } from './heading-phrases.ts';

test('a heading is cut into phrases, its text unchanged; a paragraph is left alone', async () => {
  const { html } = await markdownToHtml('## 第四季度指引与 FTC 和解\n\n与 FTC 的和解\n', { hastPlugins: [headingPhrases] });
  const [heading = '', paragraph] = html.trim().split('\n');
  assert.equal(heading.replace(/<[^>]+>/g, ''), '第四季度指引与 FTC 和解');
  const spans = [...heading.matchAll(/<span class="phrase">([^<]*)<\/span>/g)].map((match) => match[1] ?? '');
  // 和解 and 第四季度 are each inside one phrase, never cut between two.
  for (const word of ['和解', '第四季度'])
    assert.ok(
      spans.some((span) => span.includes(word)),
      `${word}: ${spans.join('|')}`,
    );
  assert.ok(spans.length > 1, spans.join('|'));
  assert.equal(paragraph, '<p>与 FTC 的和解</p>');
});
