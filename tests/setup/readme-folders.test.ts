// The README's 目录 lists every top-level folder and what it is for, and nothing that is gone.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const root = join(import.meta.dirname, '..', '..');

/** The folders at the top of the repository (tracked files only: no node_modules/ or dist/). */
function topLevelFolders(): string[] {
  const files = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).split('\n');
  return [...new Set(files.filter((file) => file.includes('/')).map((file) => file.slice(0, file.indexOf('/'))))].sort();
}

/** The folders the README's 目录 code block lists, one per line: `name/   what it is for`. */
function listedFolders(): string[] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## 目录'));
  const block = /```text\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  return block
    .split('\n')
    .map((line) => /^(\S+)\/\s+\S/.exec(line)?.[1])
    .filter((name): name is string => name !== undefined)
    .sort();
}

test('the README lists every top-level folder, each once and with what it is for', () => {
  const listed = listedFolders();
  assert.ok(listed.length > 0, 'README.md has a 目录 section with a ```text block');
  assert.deepEqual(listed, [...new Set(listed)], 'a folder is listed twice');
  assert.deepEqual(listed, topLevelFolders());
});
