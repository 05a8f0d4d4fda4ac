import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { copyFixtureSite } from '../support/fixture-site.ts';

export interface CommandResult {
  code: number | null;
  /** stdout and stderr together, without colours. */
  output: string;
}

type CheckContent = (typeof import('../../scripts/check-content.ts'))['checkContent'];

/**
 * A private copy of the fixture site (tests/support/fixture-site.ts: the project's machinery with
 * the tests' synthetic content) that a test can break, check and restore.
 */
export class FixtureSite {
  readonly dir: string;
  /** Each file as it was before the test's first change to it (undefined: it did not exist). */
  private readonly originals = new Map<string, Buffer | undefined>();
  private checks: CheckContent | undefined;

  constructor(name: string) {
    this.dir = copyFixtureSite(name);
  }

  read(file: string): string {
    return readFileSync(join(this.dir, file), 'utf8');
  }

  write(file: string, content: string | Uint8Array): void {
    const path = join(this.dir, file);
    if (!this.originals.has(file)) this.originals.set(file, existsSync(path) ? readFileSync(path) : undefined);
    writeFileSync(path, content);
  }

  /** Changes one file; fails the test if the change does not apply (the fixture moved on). */
  edit(file: string, change: (text: string) => string): void {
    const before = this.read(file);
    const after = change(before);
    assert.notEqual(after, before, `the mistake could not be applied to ${file}: update the test`);
    this.write(file, after);
  }

  /** Undoes every write since the last reset: the copy is the fixture again. */
  reset(): void {
    for (const [file, bytes] of this.originals) {
      if (bytes) writeFileSync(join(this.dir, file), bytes);
      else rmSync(join(this.dir, file), { force: true });
    }
    this.originals.clear();
  }

  /**
   * `npm run check:content -- <args>` in-process: the function the command runs, imported from
   * the copy's own scripts/ (so that its paths are the copy's), run with the copy as the working
   * directory (so that files are named as the command names them). Synchronous, so no other
   * test's code runs while the working directory is the copy's.
   */
  async checkContent(args: string[] = []): Promise<CommandResult> {
    this.checks ??= ((await import(pathToFileURL(join(this.dir, 'scripts', 'check-content.ts')).href)) as { checkContent: CheckContent }).checkContent;
    const cwd = process.cwd();
    process.chdir(this.dir);
    try {
      const { stderr, stdout, code } = this.checks(args);
      return { code, output: [...stderr, ...stdout].join('\n') };
    } finally {
      process.chdir(cwd);
    }
  }

  /** Runs `npm run <script> [-- args]` in the copy, as a contributor would. */
  run(script: string, args: string[] = []): Promise<CommandResult> {
    return new Promise((resolve, reject) => {
      const child = spawn('npm', ['run', '--silent', script, ...(args.length > 0 ? ['--', ...args] : [])], {
        cwd: this.dir,
        env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' },
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, output: stripVTControlCharacters(output) }));
    });
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
