import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { copyFixtureSite } from '../tests/support/fixture-site.ts';
import { expect, test } from './support/test.ts';

/**
 * `npm run dev` as a contributor uses it: a broken edit shows in the browser, on every page
 * and after every reload, naming the file and line, until it is fixed. Runs `astro dev` on a
 * copy of the fixture site (its own port, E2E_PORT + 2).
 */
const PORT = Number(process.env.E2E_PORT ?? 4322) + 2;
const ASTRO = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
const PAGE = `http://127.0.0.1:${PORT}/amazon-2025-q3/zoox/`;

test.use({ baseURL: `http://127.0.0.1:${PORT}` });

test('a content mistake stays on screen in npm run dev until it is fixed', async ({ page }) => {
  test.setTimeout(240_000);
  const root = copyFixtureSite('dev');
  const zoox = join(root, 'content/calls/amazon-2025-q3/zoox.mdx');
  const original = readFileSync(zoox, 'utf8');
  const server: ChildProcess = spawn(process.execPath, [ASTRO, 'dev', '--root', root, '--host', '127.0.0.1', '--port', String(PORT)], {
    cwd: root,
    stdio: 'ignore',
    env: { ...process.env, BASE_PATH: '/', ASTRO_TELEMETRY_DISABLED: '1' },
  });
  try {
    await expect(async () => expect((await page.request.get(PAGE)).status()).toBe(200)).toPass({ timeout: 120_000 });
    await page.goto(PAGE);
    await expect(page.locator('#l7')).toBeVisible();

    // Each attempt saves the file again: on a busy machine the watcher may still be starting when the first save lands.
    const broken = `${original}\n<style>{'#l7{display:none}'}</style>\n`;
    const overlay = page.locator('vite-error-overlay');
    const message = /content\/calls\/amazon-2025-q3\/zoox\.mdx:\d+:1: <style> on a content page/;
    await expect(async () => {
      writeFileSync(zoox, broken);
      await page.goto(PAGE);
      await expect(overlay).toContainText(message, { timeout: 5_000 });
    }, 'the problem is shown').toPass({ timeout: 60_000 });
    // Loaded again (Vite may reload the page itself meanwhile: each look is retried until it settles).
    for (const url of [PAGE, `http://127.0.0.1:${PORT}/amazon-2025-q3/aws/`]) {
      await expect(async () => {
        await page.goto(url);
        await expect(overlay).toContainText(message, { timeout: 5_000 });
      }, `${url} shows it too, after a reload`).toPass({ timeout: 30_000 });
    }

    await expect(async () => {
      writeFileSync(zoox, original);
      await page.goto(PAGE);
      await expect(page.locator('#l7')).toBeVisible({ timeout: 5_000 });
    }).toPass({ timeout: 60_000 });
    await expect(overlay).toHaveCount(0);
  } finally {
    server.kill();
    rmSync(root, { recursive: true, force: true });
  }
});
