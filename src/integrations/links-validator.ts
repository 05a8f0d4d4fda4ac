import type { StarlightPlugin } from '@astrojs/starlight/types';
import starlightLinksValidator from 'starlight-links-validator';

/**
 * starlight-links-validator: fails the build on a broken internal link or `#anchor`, with the
 * file, line and link.
 *
 * The validator assumes that pages live in `<srcDir>/content/docs/` (Starlight's default) and
 * derives each page's URL from that path. Ours live in `<root>/content/docs/` (a glob loader in
 * src/content.config.ts), so the validator is shown the project root as its `srcDir`; nothing
 * else sees that value. Without this, every link to another page is reported as invalid.
 */
export function linksValidator(): StarlightPlugin {
  const plugin = starlightLinksValidator();
  return {
    name: plugin.name,
    hooks: {
      'config:setup': (options) => plugin.hooks['config:setup']?.({ ...options, astroConfig: { ...options.astroConfig, srcDir: options.astroConfig.root } }),
    },
  };
}
