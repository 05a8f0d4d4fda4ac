import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { runChecks, type CheckRun } from '../checks/run.ts';
import { renderData } from '../model/render-data.ts';
import type { SiteModel } from '../model/site.ts';

/** The content model for the render: `import { site } from 'virtual:site'`. */
const VIRTUAL_SITE = 'virtual:site';
const RESOLVED = `\0${VIRTUAL_SITE}`;

/**
 * The content model in Astro, loaded once per process (src/model/site.ts), with one policy:
 * - `astro build` and `astro sync` (npm run check:types): the content checks run before anything
 *   else; a problem fails the command.
 * - `astro dev`: the same checks at start-up and after every change under content/, which also
 *   reloads the model; problems are printed in the terminal and every page the browser loads
 *   shows them in Astro's error overlay until they are fixed (src/middleware.ts).
 * The pages render from the same model, served as the virtual module `virtual:site`.
 */
export function siteModelIntegration(model: SiteModel): AstroIntegration {
  let run: CheckRun | undefined;
  const check = (logger: AstroIntegrationLogger): CheckRun => {
    run = runChecks(model.site);
    for (const line of run.lines) logger.error(line);
    logger.info(run.summary);
    return run;
  };
  return {
    name: 'site-model',
    hooks: {
      'astro:config:setup': ({ command, logger, updateConfig }) => {
        if (command === 'preview') return;
        const { problems } = check(logger);
        if (problems.length > 0 && command !== 'dev') {
          throw new Error(`${problems.length} content problem(s), listed above, root cause first. \`npm run check:content\` lists them without building.`);
        }
        updateConfig({ vite: { plugins: [virtualSite(model, () => run)] } });
      },
      'astro:server:setup': ({ server, logger }) => {
        const content = fileURLToPath(new URL('../../content/', import.meta.url));
        let timer: NodeJS.Timeout | undefined;
        const recheck = (path: string) => {
          if (!path.startsWith(content)) return;
          clearTimeout(timer);
          timer = setTimeout(() => {
            model.reload();
            const { lines, summary } = check(logger);
            const module = server.moduleGraph.getModuleById(RESOLVED);
            if (module) server.moduleGraph.invalidateModule(module);
            if (lines.length > 0) server.hot.send({ type: 'error', err: { message: `${summary}\n\n${lines.join('\n')}`, stack: '', plugin: 'site-model' } });
          }, 100);
        };
        server.watcher.add(content);
        server.watcher.on('change', recheck);
        server.watcher.on('add', recheck);
        server.watcher.on('unlink', recheck);
      },
    },
  };
}

/**
 * Serves the content model to the render (calls, pages, figures, glossary, redirects), and the
 * content problems of the last check: in `astro dev` every page shows them until they are fixed
 * (src/middleware.ts); a build with problems never renders.
 */
function virtualSite(model: SiteModel, current: () => CheckRun | undefined): Plugin {
  return {
    name: 'site-model:virtual-site',
    resolveId: (id) => (id === VIRTUAL_SITE ? RESOLVED : undefined),
    load: (id) => {
      if (id !== RESOLVED) return undefined;
      const run = current();
      const problems = run && run.problems.length > 0 ? { summary: run.summary, lines: run.lines } : undefined;
      return `export const site = ${JSON.stringify(renderData(model.site))};\nexport const problems = ${JSON.stringify(problems)};`;
    },
  };
}
