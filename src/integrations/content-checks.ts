import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { callsRoots } from '../calls/paths.ts';
import { checkBuiltSite } from '../checks/output/check-built-site.ts';
import { RULES } from '../checks/rules/index.ts';
import { runChecks, type CheckRun } from '../checks/run.ts';

/** The parsed pages, for the render: `import { pages } from 'virtual:content-checks/pages'`. */
const VIRTUAL_PAGES = 'virtual:content-checks/pages';

export interface ContentChecksOptions {
  /**
   * Run the rules on the MDX, YAML and source before the build (default). Only the tests turn
   * this off, to prove that the check of the built HTML catches every mistake on its own.
   */
  sourceRules?: boolean;
}

/**
 * The one integration of the content checks, with one policy:
 * - `astro build` and `astro sync` (npm run check:frontmatter, astro check): the rules run once
 *   before anything else, over pages parsed once; a problem fails the command.
 * - `astro dev`: the same rules at start-up and again after every change under content/; problems
 *   are printed in the terminal and shown in the browser's error overlay, never as a crash.
 * - after `astro build`: the built HTML is checked against the source (src/checks/output/); a
 *   problem fails the build with the page's route and the paragraph.
 * The parsed pages reach the render through a virtual module: a build parses each page once.
 */
export function contentChecks(options: ContentChecksOptions = {}): AstroIntegration {
  let run: CheckRun | undefined;
  const rules = options.sourceRules === false ? [] : RULES;
  const check = (logger: AstroIntegrationLogger): CheckRun => {
    run = runChecks({ rules });
    for (const line of run.lines) logger.error(line);
    logger.info(run.summary);
    return run;
  };
  return {
    name: 'content-checks',
    hooks: {
      'astro:config:setup': ({ command, logger, updateConfig }) => {
        if (command === 'preview') return;
        const { problems } = check(logger);
        if (problems.length > 0 && command !== 'dev') {
          throw new Error(`${problems.length} content problem(s), listed above, root cause first. \`npm run check:content\` lists them without building.`);
        }
        updateConfig({ vite: { plugins: [parsedPagesModule(() => run)] } });
      },
      'astro:server:setup': ({ server, logger }) => {
        const content = fileURLToPath(new URL('../../content/', import.meta.url));
        let timer: NodeJS.Timeout | undefined;
        const recheck = (path: string) => {
          if (!path.startsWith(content) && !callsRoots().some((root) => path.startsWith(root))) return;
          clearTimeout(timer);
          timer = setTimeout(() => {
            const { lines, summary } = check(logger);
            const module = server.moduleGraph.getModuleById(`\0${VIRTUAL_PAGES}`);
            if (module) server.moduleGraph.invalidateModule(module);
            if (lines.length > 0)
              server.hot.send({ type: 'error', err: { message: `${summary}\n\n${lines.join('\n')}`, stack: '', plugin: 'content-checks' } });
          }, 100);
        };
        server.watcher.add(content);
        server.watcher.on('change', recheck);
        server.watcher.on('add', recheck);
        server.watcher.on('unlink', recheck);
      },
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const { problems, lines, pages } = checkBuiltSite(fileURLToPath(dir), run?.contents ?? []);
        for (const line of lines) logger.error(line);
        const time = `${Math.round(performance.now() - started)} ms`;
        if (problems.length > 0) {
          throw new Error(
            `output check: ${problems.length} problem(s) in the built pages, listed above (route#paragraph: what readers would get); ${pages} pages read in ${time}.`,
          );
        }
        logger.info(`output check: every source paragraph is on one published page, verbatim and visible; ${pages} pages read in ${time}.`);
      },
    },
  };
}

/** Serves the pages parsed by the checks to the render (figures box, Q&A index, glossary, call-order page). */
function parsedPagesModule(current: () => CheckRun | undefined): Plugin {
  return {
    name: 'content-checks:parsed-pages',
    resolveId: (id) => (id === VIRTUAL_PAGES ? `\0${VIRTUAL_PAGES}` : undefined),
    load: (id) => {
      if (id !== `\0${VIRTUAL_PAGES}`) return undefined;
      const pages = Object.fromEntries(
        (current()?.contents.flatMap((content) => content.pages) ?? []).filter((page) => !page.broken).map(({ page }) => [page.file, page]),
      );
      return `export const pages = ${JSON.stringify(pages)};`;
    },
  };
}
