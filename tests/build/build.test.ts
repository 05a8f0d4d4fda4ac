// `npm run build` prints no warning: a clean build stays clean, so that a new warning is noticed
// (README, 测试). It is the one build of the live content in `npm test` (the smoke run); what a
// build writes is tested on the fixture site's build (tests/site/).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';

const root = join(import.meta.dirname, '..', '..');

/** The lines of a build log that warn: Astro's `[WARN]` lines and Vite/Rolldown's `(!)` notes. */
export function warningLines(log: string): string[] {
  return log.split('\n').filter((line) => /\[WARN\]|^\s*\(!\)/.test(line));
}

test('a warning line is recognised', () => {
  const log = [
    '18:53:29 [WARN] [config] Shiki syntax highlighting uses inline styles that are not compatible with Content Security Policy (CSP).',
    '18:53:30 [transcript-check] transcript check: all 131 sentences of 58 source paragraphs are quoted once',
    '18:53:42   ├─ /404.html18:53:42 [WARN] [content] Entry docs → 404 was not found.',
    '(!) Some chunks are larger than 500 kB after minification.',
  ].join('\n');
  assert.equal(warningLines(log).length, 3);
});

test('npm run build succeeds and prints no warning', { timeout: 600_000 }, async () => {
  const child = spawn('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      process.stderr.write(chunk);
    });
  }
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(code, 0, 'npm run build failed');
  assert.deepEqual(warningLines(log), [], 'the build warned: fix the cause (README, 测试)');
});
