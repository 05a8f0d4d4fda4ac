import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Element, Root } from 'hast';
import { rehypeBaseLinks } from './rehype-base-links.ts';

function hrefsAfter(base: string, hrefs: string[]): unknown[] {
  const links: Element[] = hrefs.map((href) => ({ type: 'element', tagName: 'a', properties: { href }, children: [] }));
  rehypeBaseLinks(base)()({ type: 'root', children: links } as Root);
  return links.map((link) => link.properties['href']);
}

test('puts the base path in front of root-relative links only', () => {
  assert.deepEqual(hrefsAfter('/some/sub', ['/aws/#l60', '#l3', 'https://example.com/', '//cdn.example.com/x', '/some/sub/aws/']), [
    '/some/sub/aws/#l60',
    '#l3',
    'https://example.com/',
    '//cdn.example.com/x',
    '/some/sub/aws/',
  ]);
});

test('changes nothing when the site is served from the root', () => {
  assert.deepEqual(hrefsAfter('/', ['/aws/#l60']), ['/aws/#l60']);
});
