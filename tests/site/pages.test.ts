// Every page of the fixture's build: its route, language, title and meta tags, its text, and its
// links and anchors under the base path (built HTML only; the browser tests are in e2e/).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { builtFixtureSite } from '../support/fixture-site.ts';
import { attr, BASE, builtRoutes, meta, one, page, pages, select, siteUrl, text } from '../support/built-pages.ts';

const transcripts = [...new Set(pages.map((candidate) => /^\/[^/]+\//.exec(candidate.route)?.[0]).filter((prefix) => prefix?.startsWith('/amazon-')))].map(
  (prefix) => ({ route: `${prefix}transcript/`, title: '按原顺序阅读全文', description: undefined }),
);
const described = [...pages.map(({ route, title, frontmatter }) => ({ route, title, description: String(frontmatter['description']) })), ...transcripts];

test('every page of the fixture content is built under its route', () => {
  const dist = builtFixtureSite();
  assert.ok(pages.length >= 10, `the fixture has ${pages.length} pages`);
  for (const { route, file } of pages) assert.ok(existsSync(join(dist, route, 'index.html')), `${file} → ${route}`);
});

test('each page is in zh-CN, with its title, description, canonical URL, Open Graph and Twitter meta', () => {
  assert.equal(transcripts.length, 2);
  for (const { route, title, description } of described) {
    const tree = page(route);
    assert.equal(attr(one(tree, 'html'), 'lang'), 'zh-CN', route);
    assert.equal(text(one(tree, 'h1')), title, route);
    assert.ok(text(one(tree, 'head > title')).startsWith(title), route);
    const content = meta(tree, 'description') ?? '';
    // The page's own description; a generated page (the call in order) writes one of its own.
    if (description) assert.equal(content, description, route);
    else assert.ok(content.length > 20, `${route}: description "${content}"`);
    assert.equal(meta(tree, 'og:title'), title, route);
    assert.equal(meta(tree, 'og:description'), content, route);
    assert.equal(meta(tree, 'og:url'), siteUrl(route), route);
    assert.equal(attr(one(tree, 'link[rel="canonical"]'), 'href'), siteUrl(route), route);
    assert.equal(meta(tree, 'twitter:card'), 'summary', route);
  }
});

test('no browser tab names the site twice: a title that names the site stands alone (「亚马逊财报电话会精华」, not 「… | 财报电话会精华」)', () => {
  const siteTitle = text(one(page('/404.html'), 'a.site-title')).trim();
  assert.ok(siteTitle.length > 0);
  for (const route of builtRoutes().filter((candidate) => !candidate.endsWith('.html') || candidate === '/404.html')) {
    const titles = select(page(route), 'head > title');
    if (titles.length === 0) continue; // a redirect page
    const tab = text(one(page(route), 'head > title'));
    assert.ok(tab.split(siteTitle).length <= 2, `${route}: ${tab}`);
  }
  assert.equal(text(one(page('/'), 'head > title')), text(one(page('/'), 'h1')));
});

/** The machinery's vocabulary: source lines, ¶ numbers, build steps, files and repositories. Readers meet topics, speakers and questions. */
const MACHINERY = /原文第\s*\d+|第\s*\d+\s*行|¶|构建时|在构建|源代码|仓库|content\/|\.ya?ml\b|\.mdx?\b|source\.txt/;

/** What a reader meets on a page: its visible text (scripts left out), and the names, titles and labels it gives to assistive technology and to search results. */
function readerText(route: string): string[] {
  const tree = page(route);
  const main = select(tree, 'main')[0] ?? tree;
  const labels = select(tree, '[aria-label], [title], [alt], [placeholder], [data-pagefind-title]').flatMap((element) =>
    ['aria-label', 'title', 'alt', 'placeholder', 'data-pagefind-title'].flatMap((name) => attr(element, name) ?? []),
  );
  const described = ['description', 'og:title', 'og:description'].flatMap((name) => meta(tree, name) ?? []);
  return [text(main), text(select(tree, 'title')[0] ?? tree), ...labels, ...described];
}

test('no reader-facing text speaks the machinery: source lines, ¶, build steps, files', () => {
  const routes = builtRoutes();
  assert.ok(routes.length > pages.length);
  const found = routes.flatMap((route) =>
    readerText(route).flatMap((value) => (MACHINERY.test(value) ? [`${route}: ${MACHINERY.exec(value)?.[0]} in "${value.slice(0, 80)}"`] : [])),
  );
  assert.deepEqual(found, []);
});

/** Every link and source of a page that stays on the site: `href`/`src` of elements, without the origin. */
function localLinks(route: string): string[] {
  return select(page(route), '*')
    .flatMap((element) => [attr(element, 'href'), attr(element, 'src')])
    .filter((value): value is string => value !== undefined && !/^([a-z]+:|\/\/)/i.test(value));
}

/** Where a local link leads: the built file and the fragment, or a problem. */
function checkLink(route: string, link: string): string | undefined {
  const url = new URL(link, `https://site${BASE}${route.replace(/^\//, '')}`);
  if (!url.pathname.startsWith(BASE)) return `${link}: outside the base path ${BASE}`;
  const inDist = decodeURIComponent(url.pathname.slice(BASE.length));
  const file = join(builtFixtureSite(), inDist);
  const html = inDist === '' || inDist.endsWith('/') ? join(file, 'index.html') : file;
  if (!existsSync(html)) return `${link}: nothing is built at ${url.pathname}`;
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (!fragment || !html.endsWith('.html') || fragment === '_top') return undefined;
  const target = url.pathname === `${BASE}${route.replace(/^\//, '')}` ? route : `/${inDist}`;
  const ids = new Set(select(page(target.endsWith('.html') ? target : target.replace(/\/?$/, '/')), '[id]').map((element) => attr(element, 'id')));
  return ids.has(fragment) ? undefined : `${link}: no element #${fragment} on ${url.pathname}`;
}

test('every link and source of every page stays under the base path and reaches a built page and anchor', () => {
  const problems: string[] = [];
  let checked = 0;
  for (const route of builtRoutes().filter((candidate) => candidate !== '/404.html')) {
    for (const link of localLinks(route)) {
      checked++;
      const problem = checkLink(route, link);
      if (problem) problems.push(`${route}: ${problem}`);
    }
  }
  assert.ok(checked > 500, `${checked} links`);
  assert.deepEqual(problems, []);
});

test('a root-relative link written in a page gets the base path', () => {
  const links = select(page('/amazon-2025-q3/'), '.sl-markdown-content p a').map((link) => attr(link, 'href'));
  assert.ok(links.includes(`${BASE}amazon-2025-q3/qa/#l13`), links.join(', '));
});

test('the 404 page links only to pages that exist', () => {
  const problems = localLinks('/404.html')
    .map((link) => checkLink('/404.html', link))
    .filter(Boolean);
  assert.deepEqual(problems, []);
});

test('the 404 page is in zh-CN, kept out of search engines, and leads home under the base path', () => {
  const tree = page('/404.html');
  assert.equal(attr(one(tree, 'html'), 'lang'), 'zh-CN');
  assert.equal(text(one(tree, 'h1')), '404：找不到这个页面');
  assert.equal(meta(tree, 'robots'), 'noindex');
  assert.equal(attr(one(tree, 'a.site-title'), 'href'), BASE);
  const home = select(tree, 'main a').find((link) => text(link) === '回到概览');
  assert.equal(home && attr(home, 'href'), BASE);
});
