import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const INLINE_SCRIPT = /<script is:inline[^>]*>([\s\S]*?)<\/script>/g;

/**
 * The inline scripts of an Astro component's source: the text of each `<script is:inline>`,
 * exactly as Astro writes it into the page.
 */
export function inlineScripts(astroSource: string): string[] {
  return [...astroSource.matchAll(INLINE_SCRIPT)].map((match) => match[1] ?? '');
}

/**
 * The `<script is:inline>` blocks of Starlight's components (theme, sidebar state, search
 * shortcut, tabs). Astro's CSP hashes the scripts it bundles but not inline ones, so their
 * hashes are read from the installed Starlight and added to `script-src`; an upgrade that
 * changes them is picked up without editing a list.
 */
export function starlightInlineScripts(): string[] {
  // `@astrojs/starlight/components` is dist/components.ts; the components live beside it.
  const components = dirname(createRequire(import.meta.url).resolve('@astrojs/starlight/components'));
  return readdirSync(components, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.astro'))
    .sort()
    .flatMap((file) => inlineScripts(readFileSync(join(components, file), 'utf8')));
}
