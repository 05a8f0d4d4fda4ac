import { spawnSync } from 'node:child_process';

function git(args: string[], cwd: string): string | undefined {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

const shallow = new Map<string, boolean>();

/** A shallow clone (`git clone --depth 1`) holds one commit: every file would get its date. */
function isShallowClone(cwd: string): boolean {
  let answer = shallow.get(cwd);
  if (answer === undefined) {
    answer = git(['rev-parse', '--is-shallow-repository'], cwd) === 'true';
    shallow.set(cwd, answer);
  }
  return answer;
}

/**
 * The date of the newest commit that touched `file` (a path relative to `cwd`).
 * Undefined when it cannot be known: no git, a file not yet committed, or a shallow
 * clone, where every file would wrongly get the date of the one commit it holds.
 */
export function lastCommitDate(file: string, cwd = process.cwd()): Date | undefined {
  if (isShallowClone(cwd)) return undefined;
  const seconds = Number(git(['log', '--max-count=1', '--format=%ct', '--', file], cwd) || Number.NaN);
  return Number.isFinite(seconds) ? new Date(seconds * 1000) : undefined;
}
