/**
 * Where the site's source lives. Every page's "编辑此页" link is built from this one place.
 * On GitHub Actions the repository that builds the site is used (GITHUB_SERVER_URL and
 * GITHUB_REPOSITORY are set there), so a fork's deploy links to the fork; elsewhere
 * REPOSITORY_URL wins, then the project's default below.
 */
const fromActions = process.env['GITHUB_REPOSITORY']
  ? `${process.env['GITHUB_SERVER_URL'] ?? 'https://github.com'}/${process.env['GITHUB_REPOSITORY']}`
  : undefined;

export const REPOSITORY_URL = process.env['REPOSITORY_URL'] ?? fromActions ?? 'https://github.com/amazon-q3-2025-call-zh/amazon-q3-2025-call-zh';

/** The branch pull requests go to. */
export const DEFAULT_BRANCH = 'main';

/** Starlight appends a page's path from the project root (`content/docs/aws.mdx`) to this. */
export const EDIT_BASE_URL = `${REPOSITORY_URL.replace(/\/$/, '')}/edit/${DEFAULT_BRANCH}/`;
