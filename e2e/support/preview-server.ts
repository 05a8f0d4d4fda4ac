import { type ChildProcess, spawn, type StdioOptions } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { BASE } from './site.ts';

const ASTRO = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');

/**
 * Starts the astro CLI; it ends with this process at the latest. A test that times out does
 * not reach its `finally`, and its worker exits: a server left behind on the same port would
 * answer the retry with the wrong site.
 */
function spawnAstro(args: string[], root: string, stdio: StdioOptions): ChildProcess {
  const child = spawn(process.execPath, [ASTRO, ...args, '--root', root], { cwd: root, stdio });
  const kill = () => child.kill();
  process.once('exit', kill);
  child.once('exit', () => process.off('exit', kill));
  return child;
}

/** Runs the astro CLI (`astro build …`) in `root` and resolves when it succeeds. */
export function runAstro(root: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawnAstro(args, root, ['ignore', 'ignore', 'pipe']);
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`astro ${args.join(' ')} failed (${code}):\n${stderr}`))));
  });
}

export interface PreviewServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * Serves a built site (`root/outDir`) with `astro preview` on 127.0.0.1:`port`, for tests
 * that need a server of their own (e.g. to replace the site with a newer build).
 */
export async function startPreview(root: string, outDir: string, port: number): Promise<PreviewServer> {
  const child = spawnAstro(['preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'], root, 'ignore');
  const url = `http://127.0.0.1:${port}${BASE}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill();
    });
  // Up to 90 s: on a busy two-core machine `astro preview` took more than 30 s to answer.
  for (let attempt = 0; attempt < 450; attempt++) {
    if (child.exitCode !== null) throw new Error(`astro preview of ${outDir} exited with ${child.exitCode}`);
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return { url, stop };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`astro preview of ${outDir} did not answer at ${url}`);
}
