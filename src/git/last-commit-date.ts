import { spawnSync } from 'node:child_process';
import { normalize, sep } from 'node:path';

function git(args: string[], cwd: string): string | undefined {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return result.status === 0 ? result.stdout : undefined;
}

/** A shallow clone (`git clone --depth 1`) holds one commit: every file would get its date. */
function isShallowClone(cwd: string): boolean {
  return git(['rev-parse', '--is-shallow-repository'], cwd)?.trim() === 'true';
}

/**
 * The newest commit date of every file under `folder` of `cwd`, from one `git log` (paths
 * relative to `cwd`), or undefined without git or in a shallow clone. One log for the folder,
 * not one per page: a `git` process per page would cost a build of 1,000 pages seconds; and
 * only the folder's commits, not the whole history's.
 */
function readCommitDates(cwd: string, folder: string): Map<string, Date> | undefined {
  if (isShallowClone(cwd)) return undefined;
  const log = git(['log', '--format=%x00%ct', '--name-only', '--relative', '--no-renames', '--', folder], cwd);
  if (log === undefined) return undefined;
  const dates = new Map<string, Date>();
  for (const commit of log.split('\0').slice(1)) {
    const [seconds, ...files] = commit.split('\n');
    const date = new Date(Number(seconds) * 1000);
    for (const file of files) if (file && !dates.has(file)) dates.set(file, date);
  }
  return dates;
}

/** The commit dates of each folder read so far, by `cwd` and folder. */
const commitDates = new Map<string, Map<string, Date> | undefined>();

/**
 * The date of the newest commit that touched `file` (a path relative to `cwd`), read with the
 * dates of every file of its top folder (`content/`).
 * Undefined when it cannot be known: no git, a file not yet committed, or a shallow
 * clone, where every file would wrongly get the date of the one commit it holds.
 */
export function lastCommitDate(file: string, cwd = process.cwd()): Date | undefined {
  const path = normalize(file);
  const folder = path.split(sep)[0] ?? path;
  const key = `${cwd}\0${folder}`;
  if (!commitDates.has(key)) commitDates.set(key, readCommitDates(cwd, folder));
  return commitDates.get(key)?.get(path);
}
