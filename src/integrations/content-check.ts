import type { AstroIntegration } from 'astro';

/** What a content check reports: `file:line: problem` lines and a one-line summary. */
export interface ContentCheckResult {
  problems: string[];
  summary: string;
}

/**
 * Runs a content check before every build: any problem fails the build with the same
 * `file:line: problem` lines as the check's own npm script (`npm run <script>`).
 * In `astro dev` the problems are logged as warnings so that editing stays possible.
 */
export function contentCheck(name: string, script: string, run: () => ContentCheckResult): AstroIntegration {
  return {
    name,
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const { problems, summary } = run();
        if (problems.length === 0) {
          logger.info(summary);
          return;
        }
        for (const problem of problems) logger.warn(problem);
        if (command === 'build') throw new Error(`${summary}. Run \`npm run ${script}\` for the list.`);
      },
    },
  };
}
