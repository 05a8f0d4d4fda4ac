import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex } from '../search/pagefind-index.ts';

/**
 * Builds the Pagefind index after `astro build`, in place of Starlight's own Pagefind
 * step (`pagefind: false` in the Starlight config): the same Pagefind, fed with pages
 * segmented the way the search box segments queries.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const pages = await buildSearchIndex({ siteDir: fileURLToPath(dir), outputDir: fileURLToPath(new URL('./pagefind/', dir)) });
        logger.info(`Indexed ${pages} pages with Pagefind in ${Math.round(performance.now() - started)} ms.`);
      },
    },
  };
}
