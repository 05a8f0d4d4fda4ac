import { spawnSync } from 'node:child_process';
import { normalize } from 'node:path';

function git(args: string[], cwd: string): string | undefined {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return result.status === 0 ? result.stdout : undefined;
}

/** A shallow clone (`git clone --depth 1`) holds one commit: every file would get its date. */
function isShallowClone(cwd: string): boolean {
  return git(['rev-parse', '--is-shallow-repository'], cwd)?.trim() === 'true';
}

/**
 * The newest commit date of every file under `cwd`, from one `git log` (paths relative to
 * `cwd`), or undefined without git or in a shallow clone. One log for the whole tree, not one
 * per page: a `git` process per page would cost a build of 1,000 pages seconds.
 */
function readCommitDates(cwd: string): Map<string, Date> | undefined {
  if (isShallowClone(cwd)) return undefined;
  const log = git(['log', '--format=%x00%ct', '--name-only', '--relative', '--no-renames'], cwd);
  if (log === undefined) return undefined;
  const dates = new Map<string, Date>();
  for (const commit of log.split('\0').slice(1)) {
    const [seconds, ...files] = commit.split('\n');
    const date = new Date(Number(seconds) * 1000);
    for (const file of files) if (file && !dates.has(file)) dates.set(file, date);
  }
  return dates;
}

const commitDates = new Map<string, Map<string, Date> | undefined>();

/**
 * The date of the newest commit that touched `file` (a path relative to `cwd`).
 * Undefined when it cannot be known: no git, a file not yet committed, or a shallow
 * clone, where every file would wrongly get the date of the one commit it holds.
 */
export function lastCommitDate(file: string, cwd = process.cwd()): Date | undefined {
  if (!commitDates.has(cwd)) commitDates.set(cwd, readCommitDates(cwd));
  return commitDates.get(cwd)?.get(normalize(file));
}
