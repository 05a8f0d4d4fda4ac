import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, test } from 'node:test';
import { readBuiltSite } from '../../built/built-site.ts';
import { formatProblem } from '../../utils/problem.ts';
import { checkLinks } from './links.ts';

/** A small built site under the base path /sub/: the home page links, the AWS page has #l3. */
const dir = mkdtempSync(join(tmpdir(), 'links-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const write = (file: string, text: string) => {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), text);
};
const content = (links: string) => `<nav><a href="/sub/aws/">AWS</a></nav><main><div class="sl-markdown-content">${links}</div></main>`;
write('aws/index.html', content('<p id="l3">…</p><a href="#_top">回到顶部</a><a href="#">#</a>'));
write('404.html', content('<a href="/sub/">首页</a>'));
write('favicon.svg', '<svg/>');
const SOURCE = {
  id: '',
  file: 'content/docs/index.mdx',
  text: '---\ntitle: 首页\n---\n\n见 [AWS](/aws/#l3)、[图标](/favicon.svg)、[旧页](/nowhere/)。\n\n见 [产能](/aws/#l99)。\n',
};

function problems(home: string): string[] {
  write('index.html', home);
  return checkLinks(readBuiltSite(dir), '/sub/', [SOURCE]).map(formatProblem).sort();
}

test('links to pages, anchors and files of the site pass, with or without the trailing slash; other sites are not checked', () => {
  const links = [
    '/sub/aws/#l3',
    '/sub/aws#l3',
    '/sub/aws/index.html',
    'aws/',
    '/sub/favicon.svg',
    '/sub/404.html',
    'https://example.com/nowhere/',
    'mailto:a@b.c',
  ];
  assert.deepEqual(problems(content(links.map((href) => `<a href="${href}">x</a>`).join(''))), []);
});

test("a link in a page's content to no page, or to an anchor its page lacks, is reported at its line", () => {
  assert.deepEqual(
    problems(
      content('<a href="/sub/aws/#l3">AWS</a><a href="/sub/nowhere/">旧页</a><a href="/sub/aws/#l99">产能</a><a href="/sub/aws/index.html#l98">产能</a>'),
    ),
    [
      'content/docs/index.mdx: the link /aws/index.html#l98 leads to /aws/, which has no #l98 on it [links]',
      'content/docs/index.mdx:5: the link /nowhere/ leads to no page of the site [links]',
      'content/docs/index.mdx:7: the link /aws/#l99 leads to /aws/, which has no #l99 on it [links]',
    ],
  );
});

test('a broken link of the layout is reported at the built route; a link outside the base path is broken', () => {
  assert.deepEqual(problems(`<nav><a href="/sub/gone/">x</a><a href="/elsewhere/">y</a></nav>${content('')}`), [
    "/: the link /elsewhere/ is outside the site's base path /sub/ [links]",
    '/: the link /gone/ leads to no page of the site [links]',
  ]);
});

test('a link to an old address (a redirect page, or a paragraph the page sends on) names the address to write', () => {
  write('old/index.html', '<html data-redirect-to="/sub/aws/"><body><a href="/sub/aws/">AWS</a></body></html>');
  write('moved/index.html', `<div hidden data-fragment-redirect="/sub/aws/"></div>${content('')}`);
  assert.deepEqual(problems(content('<a href="/sub/old/#l3">旧</a><a href="/sub/moved/#l3">段落</a><a href="/sub/moved/#x3">锚点</a>')), [
    'content/docs/index.mdx: the link /moved/#l3 is an old address: write /aws/#l3 [links]',
    'content/docs/index.mdx: the link /moved/#x3 leads to /moved/, which has no #x3 on it [links]',
    'content/docs/index.mdx: the link /old/#l3 is an old address: write /aws/#l3 [links]',
  ]);
});
