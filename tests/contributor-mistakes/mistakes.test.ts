import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, test } from 'node:test';
import { PROJECT } from '../support/fixture-site.ts';
import { FixtureSite, type CommandResult } from './fixture-site.ts';
import { MISTAKES, type Mistake } from './mistakes.ts';

/**
 * Each contributor mistake is applied to a copy of the fixture site; the command a contributor
 * runs must fail and say which file (and line) and what is wrong.
 * - The content checks' commands (check:content, check:transcript, check:figures) run
 *   in-process: the function the command runs, on one copy, each mistake undone after its row.
 *   check:frontmatter is `astro sync`, which runs every content rule through the site-model
 *   integration: its rows run every rule in-process, and one real `astro sync` below proves it.
 * - Rows with `realCommand`, and check:markdown, also run the real `npm run <command>`.
 * - check:links (the link check of the built site, src/checks/output/links.ts) needs a build:
 *   its mistakes go into one copy, each in its own file, built once; the check lists them all.
 * - `build`: the site-model integration stops `astro build` before anything is built (in-process,
 *   its `astro:config:setup` hook as `astro build` calls it), and the same copy fails the real
 *   `npm run check:frontmatter` (astro sync) with the same list.
 */
const SCRIPTS = (JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

/** The arguments with which a command runs the content checks (scripts/check-content.ts), or undefined if it does not. */
function contentCheckArgs(command: string): string[] | undefined {
  if (command === 'check:frontmatter') return [];
  const match = /node scripts\/check-content\.ts(.*)$/.exec(SCRIPTS[command] ?? '');
  return match ? (match[1] ?? '').split(' ').filter(Boolean) : undefined;
}

function assertFails(mistake: Mistake, { code, output }: CommandResult, how: string): void {
  assert.notEqual(code, 0, `${how} passed despite the mistake:\n${output}`);
  for (const pattern of mistake.says) assert.match(output, pattern, `${how} did not say ${pattern}:\n${output}`);
}

const byCommand = (command: string) => MISTAKES.filter((mistake) => mistake.command === command);
const [blockingMistake] = byCommand('build');
assert.ok(blockingMistake, 'the matrix has a row for the build');

// The slow runs start first, and run while the in-process rows are checked.
const linksSite = new FixtureSite('mistakes-links');
for (const mistake of byCommand('check:links')) mistake.apply(linksSite);
const linksBuild = linksSite.run('check:links');
const blockingSite = new FixtureSite('mistakes-blocking');
blockingMistake.apply(blockingSite);
const blockingSync = blockingSite.run('check:frontmatter');
const site = new FixtureSite('mistakes');

after(() => {
  for (const copy of [site, linksSite, blockingSite]) copy.remove();
});

describe('contributor mistakes, one at a time on one copy', () => {
  test('the fixture passes the checks (so each failure below is its mistake)', async () => {
    const { code, output } = await site.checkContent();
    assert.equal(code, 0, output);
  });

  for (const mistake of MISTAKES.filter((row) => contentCheckArgs(row.command) || row.command === 'check:markdown')) {
    test(`${mistake.name} → npm run ${mistake.command} fails and says where`, async () => {
      mistake.apply(site);
      try {
        const args = contentCheckArgs(mistake.command);
        if (args) assertFails(mistake, await site.checkContent(args), `npm run ${mistake.command} (in-process)`);
        if (!args || mistake.realCommand) assertFails(mistake, await site.run(mistake.command), `npm run ${mistake.command}`);
      } finally {
        site.reset();
      }
    });
  }

  test('every mistake was undone: the copy passes again', async () => {
    const { code, output } = await site.checkContent();
    assert.equal(code, 0, output);
  });
});

describe('contributor mistakes that only a build finds: all in one copy, built once', () => {
  for (const mistake of byCommand('check:links')) {
    test(`${mistake.name} → npm run ${mistake.command} fails and says where`, async () => {
      assertFails(mistake, await linksBuild, `npm run ${mistake.command}`);
    });
  }

  test('the build runs the content checks before building and the output check, links included, after', async () => {
    const { output } = await linksBuild;
    assert.match(output, /\[site-model\] content checks: all passed/);
    assert.match(output, /output check: 3 problem\(s\) in the built pages, listed above/);
  });
});

test(`${blockingMistake.name} → npm run build and npm run check:frontmatter fail and say where`, async () => {
  type Hook = (options: { command: string; logger: unknown; updateConfig: () => void }) => void;
  const { siteModelIntegration } = (await import(pathToFileURL(join(blockingSite.dir, 'src', 'integrations', 'site-model.ts')).href)) as {
    siteModelIntegration: (model: unknown) => { hooks: Record<string, Hook> };
  };
  const { siteModel } = (await import(pathToFileURL(join(blockingSite.dir, 'src', 'model', 'site.ts')).href)) as { siteModel: () => unknown };
  const lines: string[] = [];
  const logger = { error: (line: string) => lines.push(line), info: (line: string) => lines.push(line) };
  const setup = siteModelIntegration(siteModel()).hooks['astro:config:setup'];
  assert.ok(setup);
  let code = 0;
  const cwd = process.cwd();
  process.chdir(blockingSite.dir);
  try {
    setup({ command: 'build', logger, updateConfig: () => undefined });
  } catch (error) {
    code = 1;
    lines.push((error as Error).message);
  } finally {
    process.chdir(cwd);
  }
  assertFails(blockingMistake, { code, output: lines.join('\n') }, 'astro build');
  assertFails(blockingMistake, await blockingSync, 'npm run check:frontmatter');
});
