import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex } from '../search/pagefind-index.ts';
import { writeSearchFiles } from '../search/write-search-files.ts';

/**
 * Builds the search after `astro build`, in place of Starlight's own Pagefind step
 * (`pagefind: false` in the Starlight config): the same Pagefind, fed with pages
 * segmented the way the search box segments queries; the site's search module
 * (src/search/engine.ts, bundled) and its dictionaries (CC-CEDICT, OpenCC, pinyin-pro).
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const pages = await buildSearchIndex({ siteDir: fileURLToPath(dir), outputDir: fileURLToPath(new URL('./pagefind/', dir)) });
        logger.info(`Indexed ${pages} pages with Pagefind in ${Math.round(performance.now() - started)} ms.`);
        const { bytes, ms } = await writeSearchFiles(fileURLToPath(dir));
        const sizes = Object.entries(bytes).map(([file, size]) => `${file} ${(size / 1024).toFixed(1)} kB`);
        logger.info(
          `Search module and dictionaries: ${sizes.join(', ')}; ${Object.entries(ms)
            .map(([step, time]) => `${step} ${time} ms`)
            .join(', ')}.`,
        );
      },
    },
  };
}
