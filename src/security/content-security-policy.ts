import { createHash } from 'node:crypto';
import type { AstroUserConfig } from 'astro';
import { starlightInlineScripts } from './starlight-inline-scripts.ts';

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/**
 * The `style="…"` attributes that Starlight's own components render (icon sizes, sidebar
 * depth, the search dialog). CSP blocks style attributes unless their exact value is
 * hashed under `'unsafe-hashes'`; the CSP e2e test reports any value missing here.
 */
export const STYLE_ATTRIBUTES = [
  '--depth: 0;',
  '--depth: 1;',
  '--depth: 2;',
  '--sl-icon-size: 1em;',
  '--sl-icon-size: 1.2em;',
  '--sl-icon-size: 1rem;',
  '--sl-icon-size: 1.25rem;',
  '--sl-icon-size: 1.333em;',
  '--sl-icon-size: 1.5rem;',
  '--sl-select-width: 6.25em',
  'display: none;',
  'padding:0',
];

/** The CSP hash source of an inline script or style attribute (`sha256-…` of its exact text). */
export function cspHash(value: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(value).digest('base64')}`;
}

/**
 * The Content-Security-Policy of every built page (Astro's `security.csp`, written as a
 * `<meta http-equiv>` tag). Astro adds the hashes of the scripts and styles it renders to
 * `script-src` / `style-src`; everything else must come from the site itself.
 * Starlight's few `is:inline` scripts are allowed by their hashes. Pagefind compiles
 * WebAssembly (`'wasm-unsafe-eval'`) and loads its index with fetch (`connect-src`, from
 * `default-src 'self'`). `frame-ancestors` cannot be set from a meta tag: a host that
 * sends headers should add it.
 */
export const contentSecurityPolicy: CspConfig = {
  directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
  scriptDirective: {
    resources: ["'self'", "'wasm-unsafe-eval'"],
    hashes: starlightInlineScripts().map(cspHash),
  },
  // `style-src` is Astro's default `'self'` plus the hashes of the styles Astro renders; naming
  // `'self'` here too would make Astro warn that it does not reach `style-src-attr`.
  styleDirective: {
    resources: [{ resource: "'unsafe-hashes'", kind: 'attribute' }],
    hashes: STYLE_ATTRIBUTES.map((value) => ({ hash: cspHash(value), kind: 'attribute' })),
  },
};
