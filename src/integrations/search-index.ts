import type { AstroIntegration } from 'astro';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/**
 * Loads a module of the search build with Node's own loader. Astro runs the site's config in a
 * Vite module runner (Node cannot load it itself: starlight-links-validator ships TypeScript),
 * and that runner is closed by the time the build is done, so an `import()` here would fail.
 */
const load = createRequire(import.meta.url);

/**
 * Builds the search after `astro build`, in place of Starlight's own Pagefind step
 * (`pagefind: false` in the Starlight config): the same Pagefind, fed with pages
 * segmented the way the search box segments queries; the site's search module
 * (src/search/engine.ts, bundled) and its dictionaries (CC-CEDICT, OpenCC, pinyin-pro;
 * cached between builds in node_modules/.cache/). The modules that do this are loaded
 * only when the build is done: every Astro command (dev, preview, sync, check) loads this file
 * with the site's config, and only the build needs them.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { buildSearchIndex } = load('../search/pagefind-index.ts') as typeof import('../search/pagefind-index.ts');
        const { writeSearchFiles } = load('../search/write-search-files.ts') as typeof import('../search/write-search-files.ts');
        const siteDir = fileURLToPath(dir);
        const pages = await buildSearchIndex({ siteDir, outputDir: fileURLToPath(new URL('./pagefind/', dir)) });
        const { bytes, cached } = await writeSearchFiles(siteDir);
        const sizes = Object.entries(bytes).map(([file, size]) => `${file} ${(size / 1024).toFixed(1)} kB`);
        logger.info(`Pagefind index of ${pages} pages; search module and dictionaries${cached ? ' (from the cache)' : ''}: ${sizes.join(', ')}.`);
      },
    },
  };
}
