import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';

const PROJECT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Where the copies live: inside the project, so that each copy finds the project's
 * node_modules by walking up (a symlinked node_modules confuses Astro's build).
 * Ignored by git, Prettier and TypeScript (a dot folder).
 */
export const FIXTURE_SITES = join(PROJECT, '.fixture-sites');

/** Build output, caches, dependencies and other copies are not part of a fresh copy. */
const NOT_COPIED = new Set(['node_modules', 'dist', '.astro', '.git', '.fixture-sites', '.bench-tmp', 'test-results', 'playwright-report']);

export interface CommandResult {
  code: number | null;
  /** stdout and stderr together, without colours. */
  output: string;
}

/** A private copy of the whole project (content and machinery) that a test can break. */
export class FixtureSite {
  readonly dir: string;

  constructor(name: string) {
    this.dir = join(FIXTURE_SITES, name);
    rmSync(this.dir, { recursive: true, force: true });
    for (const entry of readdirSync(PROJECT)) {
      if (!NOT_COPIED.has(entry)) cpSync(join(PROJECT, entry), join(this.dir, entry), { recursive: true });
    }
  }

  read(file: string): string {
    return readFileSync(join(this.dir, file), 'utf8');
  }

  write(file: string, content: string | Uint8Array): void {
    writeFileSync(join(this.dir, file), content);
  }

  /** Changes one file; fails the test if the change does not apply (the content moved on). */
  edit(file: string, change: (text: string) => string): void {
    const before = this.read(file);
    const after = change(before);
    assert.notEqual(after, before, `the mistake could not be applied to ${file}: update the test`);
    this.write(file, after);
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
