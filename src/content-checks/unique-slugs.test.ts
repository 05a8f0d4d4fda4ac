import assert from 'node:assert/strict';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { CALLS_DIR, pageId } from '../calls/paths.ts';
import { parsePage } from '../transcript/parse-page.ts';
import { formatProblem } from '../transcript/problem.ts';
import { duplicateSlugs } from './unique-slugs.ts';

/** A small page in a call folder (not read from disk: rule tests do not depend on live content). */
const page = (name: string, frontmatter: string) =>
  parsePage(relative(process.cwd(), join(CALLS_DIR, 'example-2030-q1', name)), `---\ntitle: x\n${frontmatter}---\n\ntext\n`);

test('pages of a call have the call in their slug, the overview is the call itself', () => {
  assert.equal(pageId(page('aws.mdx', '').file), 'example-2030-q1/aws');
  assert.equal(pageId(page('index.mdx', '').file), 'example-2030-q1');
  assert.deepEqual(duplicateSlugs([page('aws.mdx', ''), page('index.mdx', ''), page('chips.mdx', '')]), []);
});

test('a page whose slug: frontmatter takes another page’s URL is reported at both pages', () => {
  const problems = duplicateSlugs([page('aws.mdx', ''), page('zoox-2.mdx', 'slug: example-2030-q1/aws\n')]).map(formatProblem);
  assert.equal(problems.length, 2);
  assert.match(
    problems.find((p) => p.startsWith('content/calls/example-2030-q1/zoox-2.mdx:')) ?? '',
    /^content\/calls\/example-2030-q1\/zoox-2\.mdx:3: slug "example-2030-q1\/aws" is also claimed by content\/calls\/example-2030-q1\/aws\.mdx/,
  );
  assert.match(
    problems.find((p) => p.startsWith('content/calls/example-2030-q1/aws.mdx:')) ?? '',
    /^content\/calls\/example-2030-q1\/aws\.mdx:1: slug "example-2030-q1\/aws" is also claimed by/,
  );
});

test('two files that differ only in extension or case claim one slug', () => {
  assert.equal(duplicateSlugs([page('Notes.md', ''), page('notes.mdx', '')]).length, 2);
});
