import type { AstroIntegration } from 'astro';
import { duplicateSlugs } from '../content-checks/unique-slugs.ts';
import { allPages } from '../transcript/load-pages.ts';
import { formatProblem } from '../transcript/problem.ts';

/**
 * Fails `astro sync` (`npm run check:frontmatter`), `astro check` and `astro build` when two
 * pages claim the same slug, which Astro itself only warns about. In `astro dev` it warns.
 */
export function uniqueSlugs(): AstroIntegration {
  return {
    name: 'unique-slugs',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command === 'preview') return;
        const problems = duplicateSlugs(allPages()).map(formatProblem);
        if (problems.length === 0) return;
        for (const problem of problems) logger.error(problem);
        if (command !== 'dev') throw new Error(`${problems.length} page(s) claim a slug that another page also claims; see above.`);
      },
    },
  };
}
