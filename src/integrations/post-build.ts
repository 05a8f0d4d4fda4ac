import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageText } from '../glossary/mentions.ts';
import type { SiteModel } from '../model/site.ts';

const REGISTER_SCRIPT = fileURLToPath(new URL('../offline/register-service-worker.ts', import.meta.url));

/**
 * The steps' modules, loaded with Node's own loader when the build is done: every Astro command
 * (dev, preview, sync, check) loads this file with the config, and only the build needs them.
 * (Astro runs the config in a Vite module runner that is closed by then, so not `import()`.)
 */
const load = createRequire(import.meta.url);
const steps = () => ({
  ...(load('../built/built-site.ts') as typeof import('../built/built-site.ts')),
  ...(load('../built/scan-cache.ts') as typeof import('../built/scan-cache.ts')),
  ...(load('../utils/build-cache.ts') as typeof import('../utils/build-cache.ts')),
  ...(load('../checks/output/check-built-site.ts') as typeof import('../checks/output/check-built-site.ts')),
  ...(load('../checks/output/links.ts') as typeof import('../checks/output/links.ts')),
  ...(load('../security/headers-file.ts') as typeof import('../security/headers-file.ts')),
  ...(load('../search/pagefind-index.ts') as typeof import('../search/pagefind-index.ts')),
  ...(load('../search/write-search-files.ts') as typeof import('../search/write-search-files.ts')),
  ...(load('../offline/build-service-worker.ts') as typeof import('../offline/build-service-worker.ts')),
  ...(load('../checks/report.ts') as typeof import('../checks/report.ts')),
});

/**
 * Everything after `astro build`, over one read of the built site (src/built/built-site.ts),
 * in this order:
 * 1. the output check: the built HTML against the pinned source, and every link of the site
 *    to a page and anchor that exist (src/checks/output/); a problem fails the build with the
 *    page's file and line, or its route;
 * 2. `_headers`: each page's Content-Security-Policy for hosts that send headers;
 * 3. search: the Pagefind index (in place of Starlight's own, `pagefind: false`) and the site's
 *    search module with its dictionaries (cached between builds) and filter list (src/search/);
 * 4. offline: the service worker that precaches the whole built site, search index included,
 *    and so comes last. Every page registers it (a script injected here).
 */
export function postBuild(model: SiteModel, base: string): AstroIntegration {
  return {
    name: 'post-build',
    hooks: {
      'astro:config:setup': ({ injectScript }) => {
        injectScript('page', `import ${JSON.stringify(REGISTER_SCRIPT)};`);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const {
          readBuiltSite,
          openScanCache,
          defaultCacheDir,
          checkBuiltSite,
          checkLinks,
          report,
          pagePolicies,
          headersFile,
          buildSearchIndex,
          writeSearchFiles,
          buildServiceWorker,
        } = steps();
        const siteDir = fileURLToPath(dir);
        // A page whose HTML an earlier build scanned is not parsed again (src/built/scan-cache.ts).
        const scans = openScanCache(defaultCacheDir());
        const built = readBuiltSite(siteDir, scans);

        const output = checkBuiltSite(
          built,
          model.site.calls.map((call) => call.content),
        );
        for (const line of output.lines) logger.error(line);
        const pages = [...model.site.calls.flatMap((call) => call.pages), ...model.site.sharedPages];
        const links = checkLinks(
          built,
          base,
          pages.map(({ id, loaded }) => ({ id, file: loaded.page.file, text: loaded.text })),
        );
        for (const line of report(links, [])) logger.error(line);
        scans.save();
        if (output.problems.length + links.length > 0) {
          throw new Error(
            `output check: ${output.problems.length + links.length} problem(s) in the built pages, listed above (file:line, or the route#paragraph: what readers would get).`,
          );
        }
        logger.info(
          `output check: every source paragraph is on one published page, verbatim and visible, and every link leads to its page and anchor (${output.pages} pages).`,
        );

        const policies = pagePolicies(built, base);
        writeFileSync(join(siteDir, '_headers'), headersFile(policies, base));
        logger.info(`_headers: the policy of ${policies.length} pages, plus frame-ancestors, nosniff and Referrer-Policy.`);

        // Only the pages search indexes: Pagefind and the dictionaries would read the others (the call-order transcript, 404, offline) for nothing.
        const searched = built.pages.filter((page) => page.searched);
        const indexed = await buildSearchIndex({ pages: searched, outputDir: join(siteDir, 'pagefind') });
        const glossary = model.site.glossary.entries.map(({ entry }) => entry);
        const pageTexts = model.site.calls.flatMap((call) => call.pages.map((page) => pageText(page.loaded.page)));
        const { bytes, cached } = await writeSearchFiles({ siteDir, pages: searched, glossary, pageTexts });
        const sizes = Object.entries(bytes).map(([file, size]) => `${file} ${(size / 1024).toFixed(1)} kB`);
        logger.info(`search: ${indexed} pages indexed with Pagefind; ${sizes.join(', ')}${cached ? ' (dictionaries from the cache)' : ''}.`);

        const { files, bytes: precached, warnings } = await buildServiceWorker(siteDir);
        for (const warning of warnings) logger.warn(warning);
        logger.info(`sw.js precaches ${files} files, ${(precached / 1024).toFixed(0)} KiB.`);
      },
    },
  };
}
