// What the fixture's build writes beside its pages and around them: the sitemap, the old URLs'
// redirect pages, the web app manifest, and each page's footer (edit link, last update).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { builtFixtureSite, FIXTURE_COMMIT_DATE, FIXTURE_CONTENT, FIXTURE_ENV } from '../support/fixture-site.ts';
import { attr, BASE, builtFile, builtRoutes, meta, one, page, pages, redirects, select, sitePath, siteUrl, text } from '../support/built-pages.ts';

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] as string);
const oldUrls = redirects.filter(({ from }) => from !== '/');

test('the sitemap lists every page under the site URL and base path, and no redirect, offline or 404 page', () => {
  const sitemaps = locs(builtFile('sitemap-index.xml'));
  assert.deepEqual(sitemaps, [siteUrl('/sitemap-0.xml')]);
  const listed = sitemaps.flatMap((sitemap) => locs(builtFile(new URL(sitemap).pathname.slice(BASE.length))));
  const notPages = new Set(['/404.html', '/offline/', ...oldUrls.map(({ from }) => from)]);
  assert.ok(oldUrls.length >= 2);
  assert.deepEqual(
    listed,
    builtRoutes()
      .filter((route) => !notPages.has(route))
      .map(siteUrl),
  );
  for (const { route } of pages) assert.ok(listed.includes(siteUrl(route)), route);
});

test('an old URL is a page that sends the reader to its new address, with and without JavaScript, out of search engines', () => {
  for (const { from, to } of oldUrls) {
    const tree = page(from);
    // Without JavaScript: the refresh (the fragment is then lost). With it: the script reads the target and keeps `#l<n>` (e2e/calls.spec.ts).
    assert.equal(attr(one(tree, 'meta[http-equiv="refresh"]'), 'content'), `0; url=${sitePath(to)}`, from);
    assert.equal(attr(one(tree, 'html'), 'data-redirect-to'), sitePath(to), from);
    assert.ok(select(tree, 'script[src]').length > 0, `${from}: the script that keeps the fragment`);
    assert.equal(attr(one(tree, 'link[rel="canonical"]'), 'href'), siteUrl(to), from);
    assert.equal(meta(tree, 'robots'), 'noindex', from);
    assert.equal(attr(one(tree, 'body a'), 'href'), sitePath(to), from);
  }
});

test('the home page, once a paragraph of the first call, sends an old link to a paragraph (/#l<n>) to that call', () => {
  const home = redirects.find(({ from }) => from === '/');
  assert.ok(home, 'the fixture redirects / to the first call');
  assert.equal(attr(one(page('/'), '[data-fragment-redirect]'), 'data-fragment-redirect'), sitePath(home.to));
});

test('the web app manifest, its start and its icons are under the base path', () => {
  assert.equal(attr(one(page('/'), 'link[rel="manifest"]'), 'href'), sitePath('/manifest.webmanifest'));
  const manifest = JSON.parse(builtFile('manifest.webmanifest')) as { lang: string; name: string; start_url: string; icons: { src: string; sizes: string }[] };
  const at = new URL(sitePath('/manifest.webmanifest'), FIXTURE_ENV.SITE_URL);
  assert.equal(manifest.lang, 'zh-CN');
  assert.ok(manifest.name.length > 0);
  assert.equal(new URL(manifest.start_url, at).pathname, BASE);
  assert.deepEqual(
    manifest.icons.map((icon) => icon.sizes).filter((size) => size !== 'any'),
    ['192x192', '512x512', '512x512'],
  );
  for (const icon of manifest.icons) {
    const path = new URL(icon.src, at).pathname;
    assert.ok(path.startsWith(BASE), icon.src);
    assert.ok(existsSync(join(builtFixtureSite(), path.slice(BASE.length))), icon.src);
  }
});

/** A page's file as the build names it (relative to the site's root): `content/calls/amazon-2025-q3/aws.mdx`. */
const builtFileOf = (file: string) => `content/${relative(FIXTURE_CONTENT, file).split('\\').join('/')}`;

test('each content page links to its own file for editing in the repository; generated pages have no edit link', () => {
  for (const { route, file } of pages) {
    const edit = select(page(route), 'footer a').filter((link) => text(link).trim() === '编辑此页');
    assert.deepEqual(
      edit.map((link) => attr(link, 'href')),
      [`${FIXTURE_ENV.REPOSITORY_URL}/edit/main/${builtFileOf(file)}`],
      route,
    );
  }
  for (const route of ['/', '/topics/aws/', '/amazon-2025-q3/transcript/', '/404.html']) {
    assert.deepEqual(
      select(page(route), 'footer a').filter((link) => text(link).includes('编辑此页')),
      [],
      route,
    );
  }
});

test('each content page shows the date of the last commit of its file; a generated page shows none', () => {
  for (const { route } of pages) assert.equal(attr(one(page(route), 'footer time'), 'datetime'), FIXTURE_COMMIT_DATE, route);
  for (const route of ['/amazon-2025-q3/transcript/', '/topics/aws/']) assert.deepEqual(select(page(route), 'footer time'), [], route);
});
