import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type PreviewServer, runAstro, startPreview } from './support/preview-server.ts';
import { report } from './support/report.ts';
import { waitForWorker } from './support/service-worker.ts';
import { OUT_DIR, sitePath } from './support/site.ts';
import { expect, test } from './support/test.ts';

/**
 * A new deploy reaches readers: online at once, and offline once the new service worker has
 * precached it. Builds a second site (a copy of the project with one paragraph changed) and
 * serves each build in turn with `astro preview` on E2E_PORT + 1. Runs in the root run only
 * (`npm run test:e2e`): the sub-path run (`npm run test:e2e:subpath`) proves the service
 * worker's scope and offline reading under a base path with offline.spec.ts, without a third
 * site build.
 */

// The suite blocks service workers (playwright.config.ts); updating the offline copy is what this file tests.
test.use({ serviceWorkers: 'allow' });

test.describe('after a new deploy', () => {
  const ROOT = resolve(import.meta.dirname, '..');
  const PORT = Number(process.env.E2E_PORT ?? 4322) + 1;
  const CHANGED = '（第二次构建改写了这一段。）';
  test.use({ baseURL: `http://127.0.0.1:${PORT}` });

  /**
   * A copy of the project whose call overview has one editorial paragraph changed. It lives
   * inside the project (under test-results/) so that it finds the project's node_modules.
   */
  function projectWithChangedParagraph(): string {
    const copy = test.info().outputPath('project');
    const skip = new Set(['node_modules', '.git', '.astro', 'test-results', 'playwright-report']);
    for (const entry of readdirSync(ROOT)) {
      if (!skip.has(entry) && !entry.startsWith('dist')) cpSync(join(ROOT, entry), join(copy, entry), { recursive: true });
    }
    const file = join(copy, 'content', 'calls', 'amazon-2025-q3', 'index.mdx');
    const text = readFileSync(file, 'utf8');
    const changed = text.replace(/^(亚马逊于.*)$/m, `$1${CHANGED}`);
    if (changed === text) throw new Error(`${file}: the editorial paragraph starting with 亚马逊于 is gone; pick another one for this test`);
    writeFileSync(file, changed);
    return copy;
  }

  test('an online reader gets the changed page, and the new build replaces the offline copy', async ({ page, context }) => {
    test.setTimeout(180_000);
    const copy = projectWithChangedParagraph();
    // The second build runs while the first one is served and visited.
    const buildStart = Date.now();
    const rebuild = runAstro(copy, ['build', '--outDir', 'dist-next']).then(() => Date.now() - buildStart);
    rebuild.catch(() => undefined); // awaited below, where a failed build fails the test
    let server: PreviewServer | undefined;
    try {
      server = await startPreview(ROOT, OUT_DIR, PORT);
      await page.goto(sitePath('/amazon-2025-q3/'));
      await waitForWorker(page);
      await expect(page.locator('main')).not.toContainText(CHANGED);

      const rebuildMs = await rebuild;
      await server.stop();
      server = await startPreview(copy, 'dist-next', PORT);
      const start = Date.now();
      await page.reload();
      await expect(page.locator('main')).toContainText(CHANGED);
      const updateMs = Date.now() - start;

      // The new worker takes over and precaches the new build: offline, the page is the new one.
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.ready;
        await registration.update();
        const next = registration.installing ?? registration.waiting;
        if (next) await new Promise((resolve) => next.addEventListener('statechange', () => next.state === 'activated' && resolve(null)));
      });
      await context.setOffline(true);
      await page.reload();
      await expect(page.locator('main')).toContainText(CHANGED);
      report({ 'second build (ms)': rebuildMs, 'changed page shown after reload (ms)': updateMs });
    } finally {
      await server?.stop();
      await rebuild.catch(() => undefined);
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
