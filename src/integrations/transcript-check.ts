import type { AstroIntegration } from 'astro';
import { runTranscriptCheck } from '../transcript/run-check.ts';

/**
 * Runs the transcript check before every build: a page that loses or changes transcript
 * text fails the build with the same `file:line: problem` lines as `npm run check:transcript`.
 * In `astro dev` the problems are logged as warnings so that editing stays possible.
 */
export function transcriptCheck(): AstroIntegration {
  return {
    name: 'transcript-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const { problems, summary } = runTranscriptCheck();
        if (problems.length === 0) {
          logger.info(summary);
          return;
        }
        for (const problem of problems) logger.warn(problem);
        if (command === 'build') throw new Error(`${summary}. Run \`npm run check:transcript\` for the list.`);
      },
    },
  };
}
