import type { AstroIntegration } from 'astro';

/** Says once, in the build log, that the build has no site URL of its own (src/utils/site-url.ts). */
export function siteUrlNotice(notice: string | undefined): AstroIntegration {
  return {
    name: 'site-url',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (notice) logger.info(notice);
      },
    },
  };
}
