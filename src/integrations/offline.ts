import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildServiceWorker } from '../offline/build-service-worker.ts';
import { createMetaCacheTag } from '../offline/meta-cache-tag.ts';

const REGISTER_SCRIPT = fileURLToPath(new URL('../offline/register-service-worker.ts', import.meta.url));

/**
 * Offline reading and search: every page registers a service worker that precaches the
 * whole built site, Pagefind index included. Put it after searchIndex() in `integrations`:
 * the worker is generated in `astro:build:done`, after the Pagefind index is written.
 * The build's Pagefind `metaCacheTag` reaches the search options through the environment.
 */
export function offline(): AstroIntegration {
  const metaCacheTag = createMetaCacheTag();
  return {
    name: 'offline',
    hooks: {
      'astro:config:setup': ({ injectScript }) => {
        injectScript('page', `import ${JSON.stringify(REGISTER_SCRIPT)};`);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { files, bytes, warnings } = await buildServiceWorker(fileURLToPath(dir), metaCacheTag);
        for (const warning of warnings) logger.warn(warning);
        logger.info(`sw.js precaches ${files} files, ${(bytes / 1024).toFixed(0)} KiB (Pagefind metaCacheTag ${metaCacheTag}).`);
      },
    },
  };
}
