import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { attr, BASE, builtFile, page, select } from '../support/built-pages.ts';

/** Starlight's cascade layers in its own order, read from the installed package. */
const starlightLayers = (() => {
  const dist = dirname(createRequire(import.meta.url).resolve('@astrojs/starlight/components'));
  const css = readFileSync(join(dist, 'style', 'layers.css'), 'utf8');
  return (/@layer ([^;]+);/.exec(css)?.[1] ?? '').split(',').map((name) => name.trim());
})();

/** The layer names a stylesheet introduces, in the order it first names them (statements and blocks). */
function layerOrder(css: string): string[] {
  const names = [...css.matchAll(/@layer\s*([^{;]+)[{;]/g)].flatMap((match) => (match[1] ?? '').split(',').map((name) => name.trim()));
  return [...new Set(names)];
}

test("Starlight's cascade layers keep Starlight's order in the site's stylesheets (its components keep their own margins)", () => {
  assert.ok(starlightLayers.length >= 5, starlightLayers.join(', '));
  for (const route of ['/', '/amazon-2025-q3/aws/', '/glossary/']) {
    const css = select(page(route), 'link[rel="stylesheet"]')
      .map((link) => builtFile((attr(link, 'href') ?? '').slice(BASE.length)))
      .join('\n');
    const order = layerOrder(css).filter((name) => starlightLayers.includes(name));
    assert.deepEqual(
      order,
      starlightLayers.slice(0, order.length).filter((name) => order.includes(name)),
      route,
    );
    assert.ok(order.indexOf('starlight.reset') < order.indexOf('starlight.core'), `${route}: ${order.join(', ')}`);
  }
});
