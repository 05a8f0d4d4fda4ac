import assert from 'node:assert/strict';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { DOCS_DIR, loadPages } from '../transcript/load-pages.ts';
import { parsePage } from '../transcript/parse-page.ts';
import { formatProblem } from '../transcript/problem.ts';
import { duplicateSlugs, pageSlug } from './unique-slugs.ts';

const pages = loadPages();
const page = (name: string, frontmatter: string) => parsePage(relative(process.cwd(), join(DOCS_DIR, name)), `---\ntitle: x\n${frontmatter}---\n\ntext\n`);

test('the real pages have one slug each', () => {
  assert.deepEqual(duplicateSlugs(pages), []);
  assert.ok(pages.some((p) => pageSlug(p) === 'aws'));
});

test('a page whose slug: frontmatter takes another page’s URL is reported at both pages', () => {
  const zoox = page('zoox-2.mdx', 'slug: aws\n');
  const problems = duplicateSlugs([...pages, zoox]).map(formatProblem);
  assert.equal(problems.length, 2);
  assert.match(
    problems.find((p) => p.startsWith('content/docs/zoox-2.mdx')) ?? '',
    /^content\/docs\/zoox-2\.mdx:3: slug "aws" is also claimed by content\/docs\/aws\.mdx/,
  );
  assert.match(
    problems.find((p) => p.startsWith('content/docs/aws.mdx')) ?? '',
    /^content\/docs\/aws\.mdx:1: slug "aws" is also claimed by content\/docs\/zoox-2\.mdx/,
  );
});

test('two files that differ only in extension or case claim one slug', () => {
  assert.equal(duplicateSlugs([page('Notes.md', ''), page('notes.mdx', '')]).length, 2);
});
