import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markdownToHtml } from 'satteri';
import { baseLinks } from './base-links.ts';

async function hrefsAfter(base: string, hrefs: string[]): Promise<string[]> {
  const { html } = await markdownToHtml(hrefs.map((href) => `[link](${href})`).join(' '), { hastPlugins: [baseLinks(base)] });
  return [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1] ?? '');
}

test('puts the base path in front of root-relative links only', async () => {
  assert.deepEqual(await hrefsAfter('/some/sub', ['/aws/#l60', '#l3', 'https://example.com/', '//cdn.example.com/x', '/some/sub/aws/']), [
    '/some/sub/aws/#l60',
    '#l3',
    'https://example.com/',
    '//cdn.example.com/x',
    '/some/sub/aws/',
  ]);
});

test('changes nothing when the site is served from the root', async () => {
  assert.deepEqual(await hrefsAfter('/', ['/aws/#l60']), ['/aws/#l60']);
});
