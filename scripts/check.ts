/**
 * `npm run check`: what a contributor runs before a pull request, without a browser. The two
 * checks of content/ run side by side, so that the verdict takes the time of the build alone:
 * - markdownlint (`npm run check:markdown`), whose report is printed whole when it ends;
 * - the production build, printed as it goes: every content check before it (root cause
 *   first; a problem stops it), the output and link checks of the built pages after it.
 * It fails when either fails.
 */
import { spawn } from 'node:child_process';

function run(command: string, { buffered }: { buffered: boolean }): Promise<boolean> {
  return new Promise((resolve) => {
    // A shell, as npm runs a script: node_modules/.bin is on its PATH, on every platform.
    const child = spawn(command, { shell: true, stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    const output: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('close', (code) => {
      process.stdout.write(Buffer.concat(output));
      resolve(code === 0);
    });
  });
}

const results = await Promise.all([run('markdownlint-cli2', { buffered: true }), run('astro build', { buffered: false })]);
process.exitCode = results.every(Boolean) ? 0 : 1;
