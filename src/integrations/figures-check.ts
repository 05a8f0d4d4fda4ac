import type { AstroIntegration } from 'astro';
import { runFiguresCheck } from '../figures/run-check.ts';

/**
 * Runs the figures check before every build: a figure whose value is not in the paragraph it
 * cites fails the build with the data file's line, as `npm run check:figures` reports it.
 * In `astro dev` the problems are logged as warnings so that editing stays possible.
 */
export function figuresCheck(): AstroIntegration {
  return {
    name: 'figures-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const { problems, summary } = runFiguresCheck();
        if (problems.length === 0) {
          logger.info(summary);
          return;
        }
        for (const problem of problems) logger.warn(problem);
        if (command === 'build') throw new Error(`${summary}. Run \`npm run check:figures\` for the list.`);
      },
    },
  };
}
