import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Link, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { remarkBaseLinks } from './remark-base-links.ts';

function linksAfter(markdown: string, base: string): string[] {
  const processor = unified().use(remarkParse).use(remarkBaseLinks, { base });
  const tree = processor.runSync(processor.parse(markdown)) as Root;
  const urls: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'definition') urls.push((node as Link).url);
  });
  return urls;
}

test('root-relative links get the base path', () => {
  assert.deepEqual(linksAfter('[AWS](/aws/#l60) and [home](/)', '/some/sub/'), ['/some/sub/aws/#l60', '/some/sub/']);
});

test('reference definitions get the base path too', () => {
  assert.deepEqual(linksAfter('[AWS][a]\n\n[a]: /aws/', '/docs'), ['/docs/aws/']);
});

test('relative, absolute, protocol-relative and fragment links are left alone', () => {
  const urls = ['../aws/', 'https://example.com/x', '//cdn.example.com/x', '#l9'];
  assert.deepEqual(linksAfter(urls.map((url) => `[x](${url})`).join(' '), '/some/sub/'), urls);
});

test('with the root base nothing changes', () => {
  assert.deepEqual(linksAfter('[AWS](/aws/#l60)', '/'), ['/aws/#l60']);
});
