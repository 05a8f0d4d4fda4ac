import assert from 'node:assert/strict';
import { test } from 'node:test';
import { editBaseUrl, repositoryUrl, webUrlOfRemote } from './repository.ts';

test("a git remote's web address, in every form git writes it, without credentials", () => {
  for (const remote of [
    'git@github.com:owner/repo.git',
    'ssh://git@github.com/owner/repo.git',
    'https://github.com/owner/repo.git',
    'https://github.com/owner/repo',
    'https://user:secret-token@github.com/owner/repo.git',
  ]) {
    assert.equal(webUrlOfRemote(remote), 'https://github.com/owner/repo', remote);
  }
  assert.equal(webUrlOfRemote('/work/main'), undefined);
  assert.equal(webUrlOfRemote('../other-clone'), undefined);
  assert.equal(webUrlOfRemote('file:///srv/git/repo.git'), undefined);
});

test('REPOSITORY_URL, then the GitHub Actions repository, then the git remote', () => {
  const remote = () => 'git@github.com:me/fork.git';
  assert.equal(repositoryUrl({ REPOSITORY_URL: 'https://github.com/a/b/', GITHUB_REPOSITORY: 'c/d' }, remote), 'https://github.com/a/b');
  assert.equal(repositoryUrl({ GITHUB_REPOSITORY: 'c/d' }, remote), 'https://github.com/c/d');
  assert.equal(repositoryUrl({}, remote), 'https://github.com/me/fork');
});

test('no remote, or a local one, gives no edit link rather than a placeholder', () => {
  assert.equal(
    repositoryUrl({}, () => undefined),
    undefined,
  );
  assert.equal(
    repositoryUrl({}, () => '/work/main'),
    undefined,
  );
  assert.equal(editBaseUrl(undefined), undefined);
});

test('the edit address of GitHub and GitLab; none for an unknown host', () => {
  assert.equal(editBaseUrl('https://github.com/o/r'), 'https://github.com/o/r/edit/main/');
  assert.equal(editBaseUrl('https://gitlab.com/o/r'), 'https://gitlab.com/o/r/-/edit/main/');
  assert.equal(editBaseUrl('https://git.example.org/o/r', {}), undefined);
  // GitHub Enterprise, building on its own Actions.
  assert.equal(editBaseUrl('https://git.example.org/o/r', { GITHUB_SERVER_URL: 'https://git.example.org' }), 'https://git.example.org/o/r/edit/main/');
});
