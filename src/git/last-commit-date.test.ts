import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { lastCommitDate } from './last-commit-date.ts';

/** A new repository with one commit per `[file, date]`, committed at that date. */
function repository(commits: [file: string, date: string][]): string {
  const dir = mkdtempSync(join(tmpdir(), 'last-commit-date-'));
  const run = (args: string[], date?: string) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], {
      cwd: dir,
      env: { ...process.env, ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) },
    });
  run(['init', '--quiet']);
  for (const [file, date] of commits) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), date);
    run(['add', file]);
    run(['commit', '--quiet', '-m', file], date);
  }
  return dir;
}

test('gives the date of the newest commit that touched the file', () => {
  const dir = repository([
    ['a.mdx', '2025-10-31T08:00:00Z'],
    ['b.mdx', '2025-11-02T08:00:00Z'],
    ['a.mdx', '2025-11-05T08:00:00Z'],
  ]);
  assert.equal(lastCommitDate('a.mdx', dir)?.toISOString(), '2025-11-05T08:00:00.000Z');
  assert.equal(lastCommitDate('b.mdx', dir)?.toISOString(), '2025-11-02T08:00:00.000Z');
});

test('reads the dates of each file from the log of its own folder', () => {
  const dir = repository([
    ['content/calls/a.mdx', '2025-10-31T08:00:00Z'],
    ['src/b.ts', '2025-11-02T08:00:00Z'],
    ['content/docs/c.mdx', '2025-11-05T08:00:00Z'],
  ]);
  assert.equal(lastCommitDate('content/calls/a.mdx', dir)?.toISOString(), '2025-10-31T08:00:00.000Z');
  assert.equal(lastCommitDate('content/docs/c.mdx', dir)?.toISOString(), '2025-11-05T08:00:00.000Z');
  assert.equal(lastCommitDate('src/b.ts', dir)?.toISOString(), '2025-11-02T08:00:00.000Z');
});

test('gives no date for a file that was never committed', () => {
  const dir = repository([['a.mdx', '2025-10-31T08:00:00Z']]);
  writeFileSync(join(dir, 'new.mdx'), 'new');
  assert.equal(lastCommitDate('new.mdx', dir), undefined);
});

test('gives no date in a shallow clone, where every file would get the same wrong date', () => {
  const dir = repository([
    ['a.mdx', '2025-10-31T08:00:00Z'],
    ['b.mdx', '2025-11-02T08:00:00Z'],
  ]);
  const clone = mkdtempSync(join(tmpdir(), 'last-commit-date-shallow-'));
  execFileSync('git', ['clone', '--quiet', '--depth=1', pathToFileURL(dir).href, clone]);
  assert.equal(lastCommitDate('a.mdx', dir)?.toISOString(), '2025-10-31T08:00:00.000Z');
  assert.equal(lastCommitDate('a.mdx', clone), undefined);
});
