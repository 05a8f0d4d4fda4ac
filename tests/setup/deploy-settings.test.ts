// A bad BASE_PATH or a missing SITE_URL where one is required stops the build at once, with one
// line that names the value (README, 部署到任意路径), not a stack trace about something else.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { test } from 'node:test';

const root = join(import.meta.dirname, '..', '..');
const ASTRO = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');

function build(env: Record<string, string>): { status: number | null; stderr: string } {
  const { SITE_URL: _site, BASE_PATH: _base, SITE_URL_REQUIRED: _required, ...rest } = process.env;
  const result = spawnSync(process.execPath, [ASTRO, 'build', '--outDir', 'dist-never-written'], {
    cwd: root,
    env: { ...rest, ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, stderr: result.stderr.trim() };
}

test('a BASE_PATH that cannot be a path stops the build with one line', { timeout: 120_000 }, () => {
  const { status, stderr } = build({ BASE_PATH: 'https://example.github.io/amazon-q3/' });
  assert.equal(status, 1);
  assert.equal(stderr.split('\n').length, 1, stderr);
  assert.match(stderr, /^BASE_PATH="https:\/\/example\.github\.io\/amazon-q3\/" is not a URL path: .*BASE_PATH=\/amazon-q3\//);
});

test('the deploy workflow setting without SITE_URL stops the build with one line', { timeout: 120_000 }, () => {
  const { status, stderr } = build({ SITE_URL_REQUIRED: 'true' });
  assert.equal(status, 1);
  assert.equal(stderr.split('\n').length, 1, stderr);
  assert.match(stderr, /^SITE_URL is not set: a deploy needs/);
});
