// The strict Content-Security-Policy of every built page of the fixture site, read from the
// markup: the policy comes first in <head>, allows nothing inline that the page does not carry
// with its hash, and the page asks for nothing from another origin; the _headers file gives each
// page the policy of its meta tag. (The browser's own verdict, CSP violation events on each
// layout, is e2e/csp.spec.ts.)
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { cspHash } from '../../src/security/content-security-policy.ts';
import { builtFixtureSite, FIXTURE_ENV } from '../support/fixture-site.ts';
import { hastOf } from '../support/hast.ts';

const dist = builtFixtureSite();
const BASE = FIXTURE_ENV.BASE_PATH;
interface BuiltPage {
  file: string;
  /** The URL path the page is served under: `aws/index.html` → `/sub/aws/`. */
  path: string;
  tree: Root;
  /** The policy of its `<meta http-equiv>`, directive name → sources. */
  policy: Map<string, string[]>;
  /** The policy as written in the meta tag. */
  policyText: string;
}

const elements = (tree: Root | Element): Element[] => {
  const found: Element[] = [];
  visit(tree, 'element', (node: Element) => void found.push(node));
  return found;
};
const text = (node: Element) => node.children.map((child) => (child.type === 'text' ? child.value : '')).join('');

/** Every built page, parsed once. */
const builtPages: BuiltPage[] = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html'))
  .sort()
  .map((file) => {
    const route = file.split('\\').join('/');
    const path = `${BASE}${route === 'index.html' ? '' : route.replace(/(^|\/)index\.html$/, '$1')}`;
    const tree = hastOf(readFileSync(join(dist, file), 'utf8'));
    const meta = elements(tree).find((node) => node.tagName === 'meta' && String(node.properties['httpEquiv']).toLowerCase() === 'content-security-policy');
    const policyText = String(meta?.properties['content'] ?? '');
    const policy = new Map(
      policyText
        .split(';')
        .map((directive) => directive.trim().split(/\s+/))
        .filter(([name]) => name)
        .map(([name = '', ...sources]) => [name, sources]),
    );
    return { file, path, tree, policy, policyText };
  });

test('the fixture build has the pages of every kind', () => {
  // Call pages, the transcript, topics, glossary, redirects, the offline page and the 404 page.
  for (const file of [
    'amazon-2025-q3/aws/index.html',
    'amazon-2025-q3/transcript/index.html',
    'topics/index.html',
    'aws/index.html',
    'offline/index.html',
    '404.html',
  ]) {
    assert.ok(
      builtPages.some((page) => page.file === file),
      file,
    );
  }
});

test("every page's policy is first in <head>, right after <meta charset>", () => {
  for (const { file, tree } of builtPages) {
    const head = elements(tree).find((node) => node.tagName === 'head');
    const [first, second] = head?.children.filter((node): node is Element => node.type === 'element') ?? [];
    // A meta policy governs only what follows it; <meta charset> must stay within the first 1,024 bytes.
    assert.ok(first?.tagName === 'meta' && first.properties['charSet'], `${file}: <head> opens with ${first?.tagName}`);
    assert.equal(String(second?.properties['httpEquiv']).toLowerCase(), 'content-security-policy', `${file}: the policy is not second in <head>`);
  }
});

test('every policy allows scripts only from the site, hashed, and WebAssembly; nothing unsafe-inline', () => {
  for (const { file, policy, policyText } of builtPages) {
    assert.deepEqual(policy.get('default-src'), ["'self'"], file);
    assert.deepEqual(policy.get('object-src'), ["'none'"], file);
    const scripts = policy.get('script-src') ?? [];
    assert.ok(scripts.includes("'wasm-unsafe-eval'"), `${file}: Pagefind needs 'wasm-unsafe-eval'`);
    assert.deepEqual(
      scripts.filter((source) => !/^'(self|wasm-unsafe-eval|sha256-[A-Za-z0-9+/=]+)'$/.test(source)),
      [],
      file,
    );
    assert.ok(!policyText.includes('unsafe-inline'), file);
  }
});

test('every inline script, style element and style attribute is allowed by its hash', () => {
  const allowed = (page: BuiltPage, directive: string, value: string) =>
    (page.policy.get(directive) ?? page.policy.get('style-src') ?? []).includes(`'${cspHash(value)}'`);
  let inline = 0;
  for (const page of builtPages) {
    for (const node of elements(page.tree)) {
      const type = String(node.properties['type'] ?? '');
      // Data blocks (application/json, ld+json) are not run, so the policy does not apply to them.
      if (node.tagName === 'script' && node.properties['src'] === undefined && ['', 'module', 'text/javascript'].includes(type)) {
        inline += 1;
        assert.ok(allowed(page, 'script-src', text(node)), `${page.file}: inline script not in script-src: ${text(node).slice(0, 80)}`);
      }
      if (node.tagName === 'style') {
        inline += 1;
        assert.ok(allowed(page, 'style-src', text(node)), `${page.file}: <style> not in style-src: ${text(node).slice(0, 80)}`);
      }
      const style = node.properties['style'];
      if (style !== undefined) {
        inline += 1;
        assert.ok(
          allowed(page, 'style-src-attr', String(style)),
          `${page.file}: style="${String(style)}" not in style-src-attr (src/security/content-security-policy.ts)`,
        );
      }
    }
  }
  assert.ok(inline > builtPages.length, `only ${inline} inline scripts and styles found: the test reads them wrong`);
});

/** The attributes by which an element makes the browser fetch something (links to other pages are not requests). */
const FETCHING: Record<string, string[]> = {
  script: ['src'],
  img: ['src', 'srcSet'],
  source: ['src', 'srcSet'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  input: ['src'],
  image: ['href', 'xLinkHref'],
  use: ['href', 'xLinkHref'],
};
/** `<link>` relations that fetch; `canonical`, `alternate`, `sitemap` only name a URL. */
const FETCHING_LINKS = new Set([
  'stylesheet',
  'preload',
  'modulepreload',
  'prefetch',
  'preconnect',
  'dns-prefetch',
  'icon',
  'apple-touch-icon',
  'manifest',
  'mask-icon',
]);

/** The `url(...)` and `@import` targets of a stylesheet. */
const cssUrls = (css: string) => [...css.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)|@import\s+(['"])([^'"]*)\3/g)].map((match) => match[2] ?? match[4] ?? '');

/** Whether a URL in a page at `path` leaves the site's origin (data: URLs stay). */
const leavesOrigin = (url: string, path: string) => {
  const page = new URL(path, 'https://site.invalid');
  const target = new URL(url.trim(), page);
  return target.protocol !== 'data:' && target.origin !== page.origin;
};

test('no page and no stylesheet asks for anything from another origin', () => {
  let requests = 0;
  for (const { file, path, tree } of builtPages) {
    for (const node of elements(tree)) {
      const rel = ((node.properties['rel'] as string[] | undefined) ?? []).map((value) => value.toLowerCase());
      const attributes = node.tagName === 'link' ? (rel.some((value) => FETCHING_LINKS.has(value)) ? ['href'] : []) : (FETCHING[node.tagName] ?? []);
      for (const attribute of attributes) {
        const value = node.properties[attribute];
        if (value === undefined) continue;
        const urls =
          attribute === 'srcSet'
            ? String(value)
                .split(',')
                .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
            : [String(value)];
        for (const url of urls) {
          requests += 1;
          assert.ok(!leavesOrigin(url, path), `${file}: <${node.tagName} ${attribute}="${url}">`);
        }
      }
      for (const url of [...(node.tagName === 'style' ? cssUrls(text(node)) : []), ...cssUrls(String(node.properties['style'] ?? ''))]) {
        assert.ok(!leavesOrigin(url, path), `${file}: <${node.tagName}> style url(${url})`);
      }
    }
  }
  const astro = join(dist, '_astro');
  const stylesheets = readdirSync(astro).filter((file) => file.endsWith('.css'));
  assert.ok(
    stylesheets.length > 0 && requests > builtPages.length,
    `found ${stylesheets.length} stylesheets and ${requests} requests: the test reads them wrong`,
  );
  for (const file of stylesheets) {
    for (const url of cssUrls(readFileSync(join(astro, file), 'utf8'))) assert.ok(!leavesOrigin(url, `${BASE}_astro/${file}`), `_astro/${file}: url(${url})`);
  }
});

test('_headers gives every path what a meta tag cannot, and each page the policy of its meta tag', () => {
  const headers = readFileSync(join(dist, '_headers'), 'utf8');
  assert.match(headers, new RegExp(`^${BASE}\\*\\n {2}Content-Security-Policy: frame-ancestors 'none'$`, 'm'));
  const blocks = new Map([...headers.matchAll(/^(\/\S*)\n {2}Content-Security-Policy: (.*)$/gm)].map(([, path = '', policy = '']) => [path, policy] as const));
  for (const { file, path, policyText } of builtPages) {
    assert.ok(policyText.includes("default-src 'self'"), `${file} has no policy`);
    assert.equal(blocks.get(path), policyText, `_headers, ${path}: the policy of ${file}`);
  }
  // The site-wide block and one block per page: no path of a page that was not built.
  assert.equal(blocks.size, builtPages.length + 1);
});
