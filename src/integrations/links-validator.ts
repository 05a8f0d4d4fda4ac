import type { StarlightPlugin } from '@astrojs/starlight/types';
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import starlightLinksValidator from 'starlight-links-validator';
import { pageId, PROJECT_DIR } from '../calls/paths.ts';
import type { Site } from '../model/site.ts';

/** Where the validator is told the pages live: it only knows `<srcDir>/content/docs/<id>.mdx`. */
const VALIDATOR_SRC_DIR = join(PROJECT_DIR, '.links-validator');

type RehypePlugin = (this: unknown, ...options: unknown[]) => (tree: unknown, file: { history: string[] }) => unknown;

/**
 * starlight-links-validator: fails the build on a broken internal link or `#anchor`, with the
 * file, line and link.
 *
 * The validator derives each page's URL from its path under `<srcDir>/content/docs/`
 * (Starlight's default). Our pages live in `content/calls/<call-id>/` and `content/docs/`, and
 * their ids come from src/calls/paths.ts. So the validator's rehype plugin is shown each page
 * under a stand-in folder at the path its id gives (`.links-validator/content/docs/amazon-2025-q3/aws.mdx`);
 * nothing else sees that path, and problems name the page by its id (`amazon-2025-q3/aws.mdx`).
 *
 * On every build the validator deletes the content layer's cache, so that its rehype plugin sees
 * every page: a Markdown (.md) page is rendered into that cache once, an MDX page on every build.
 * When every page is MDX, the validator is given a stand-in cache folder instead, and the content
 * layer keeps its cache (3 s of a 1,000-page build).
 */
export function linksValidator(site: Site): StarlightPlugin {
  const plugin = starlightLinksValidator();
  const pages = [...site.calls.flatMap((call) => call.pages), ...site.sharedPages];
  const everyPageMdx = pages.every((page) => page.loaded.page.file.endsWith('.mdx'));
  return {
    name: plugin.name,
    hooks: {
      'config:setup': (options) =>
        plugin.hooks['config:setup']?.({
          ...options,
          astroConfig: {
            ...options.astroConfig,
            srcDir: pathToFileURL(`${VALIDATOR_SRC_DIR}/`),
            ...(everyPageMdx ? { cacheDir: pathToFileURL(`${VALIDATOR_SRC_DIR}/cache/`) } : {}),
          },
          addIntegration: (integration: AstroIntegration) => options.addIntegration(withPageIds(integration, options.astroConfig.markdown.processor)),
        }),
    },
  };
}

/** After the validator adds its rehype plugin, wraps it so that it sees each page at its id's path. */
function withPageIds(integration: AstroIntegration, processor: unknown): AstroIntegration {
  const setup = integration.hooks['astro:config:setup'];
  if (!setup) return integration;
  return {
    ...integration,
    hooks: {
      ...integration.hooks,
      'astro:config:setup': async (params) => {
        await setup(params);
        const plugins = (processor as { options?: { rehypePlugins?: unknown[] } }).options?.rehypePlugins ?? [];
        const index = plugins.length - 1;
        const entry = plugins[index];
        if (!Array.isArray(entry) || typeof entry[0] !== 'function')
          throw new Error('links validator: its rehype plugin was not found; update src/integrations/links-validator.ts');
        const [validator, ...validatorOptions] = entry as [RehypePlugin, ...unknown[]];
        plugins[index] = [
          function (this: unknown) {
            const transform = validator.apply(this, validatorOptions);
            return (tree: unknown, file: { history: string[] }) => {
              const path = file.history[0];
              if (!path || !path.startsWith(PROJECT_DIR)) return transform(tree, file);
              const history = file.history;
              file.history = [join(VALIDATOR_SRC_DIR, 'content/docs', `${pageId(path) || 'index'}.mdx`), ...history.slice(1)];
              try {
                return transform(tree, file);
              } finally {
                file.history = history;
              }
            };
          },
        ];
      },
    },
  };
}
