import { spawnSync } from 'node:child_process';

/**
 * Where the site's source lives, for every page's "编辑此页" link (one place):
 * `REPOSITORY_URL` if set; on GitHub Actions the repository that builds the site (so a fork's
 * deploy links to the fork); otherwise the checkout's own `git remote` (origin). Without any of
 * them, or for a remote that is not a web address (a local path), there is no edit link rather
 * than one that points to a placeholder.
 */
export function repositoryUrl(env: Record<string, string | undefined> = process.env, remote: () => string | undefined = gitRemote): string | undefined {
  if (env['REPOSITORY_URL']) return env['REPOSITORY_URL'].replace(/\/+$/, '');
  if (env['GITHUB_REPOSITORY']) return `${env['GITHUB_SERVER_URL'] ?? 'https://github.com'}/${env['GITHUB_REPOSITORY']}`;
  const url = remote();
  return url === undefined ? undefined : webUrlOfRemote(url);
}

/**
 * The web address of a git remote: `git@github.com:owner/repo.git`,
 * `ssh://git@github.com/owner/repo.git` and `https://user:token@github.com/owner/repo.git` all
 * give `https://github.com/owner/repo` (never the credentials). Undefined for a local path.
 */
export function webUrlOfRemote(remote: string): string | undefined {
  const scp = /^[\w.-]+@([\w.-]+):(?!\/)(.+)$/.exec(remote.trim());
  let host: string;
  let path: string;
  if (scp) {
    [, host = '', path = ''] = scp;
  } else {
    let url: URL;
    try {
      url = new URL(remote.trim());
    } catch {
      return undefined;
    }
    if (!['https:', 'http:', 'ssh:', 'git:'].includes(url.protocol) || !url.hostname) return undefined;
    host = url.hostname;
    path = url.pathname;
  }
  path = path.replace(/^\/+|\/+$/g, '').replace(/\.git$/, '');
  return path ? `https://${host}/${path}` : undefined;
}

function gitRemote(): string | undefined {
  const result = spawnSync('git', ['remote', 'get-url', 'origin'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/** The branch pull requests go to. */
export const DEFAULT_BRANCH = 'main';

/**
 * The edit link's base: Starlight appends a page's path from the project root
 * (`content/docs/aws.mdx`). GitHub's `/edit/<branch>/`, GitLab's `/-/edit/<branch>/`; other
 * hosts have no known edit address, so no link.
 */
export function editBaseUrl(repository = repositoryUrl(), env: Record<string, string | undefined> = process.env): string | undefined {
  if (repository === undefined) return undefined;
  const host = new URL(repository).hostname;
  const githubHosts = ['github.com', env['GITHUB_SERVER_URL'] ? new URL(env['GITHUB_SERVER_URL']).hostname : 'github.com'];
  if (githubHosts.includes(host)) return `${repository}/edit/${DEFAULT_BRANCH}/`;
  if (host === 'gitlab.com') return `${repository}/-/edit/${DEFAULT_BRANCH}/`;
  return undefined;
}

export const EDIT_BASE_URL = editBaseUrl();
