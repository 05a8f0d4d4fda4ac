import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildServiceWorker } from '../offline/build-service-worker.ts';
import { createMetaCacheTag } from '../offline/meta-cache-tag.ts';
import { pagefindMetaCacheTag } from '../offline/pagefind-options.ts';

const REGISTER_SCRIPT = fileURLToPath(new URL('../offline/register-service-worker.ts', import.meta.url));

/**
 * Offline reading and search: every page registers a service worker that precaches the
 * whole built site, Pagefind index included. Put it after starlight() in `integrations`:
 * the worker is generated in `astro:build:done`, after Starlight's Pagefind run.
 */
export function offline(): AstroIntegration {
  const metaCacheTag = createMetaCacheTag();
  return {
    name: 'offline',
    hooks: {
      'astro:config:setup': ({ injectScript, updateConfig }) => {
        injectScript('page', `import ${JSON.stringify(REGISTER_SCRIPT)};`);
        updateConfig({ vite: { plugins: [pagefindMetaCacheTag(metaCacheTag)] } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { files, bytes, warnings } = await buildServiceWorker(fileURLToPath(dir), metaCacheTag);
        for (const warning of warnings) logger.warn(warning);
        logger.info(`sw.js precaches ${files} files, ${(bytes / 1024).toFixed(0)} KiB (Pagefind metaCacheTag ${metaCacheTag}).`);
      },
    },
  };
}
