/**
 * Where the site's source lives. Every page's "编辑此页" link is built from this one place:
 * change it here when the repository moves or is forked.
 */
export const REPOSITORY_URL = 'https://github.com/amazon-q3-2025-call-zh/amazon-q3-2025-call-zh';

/** The branch pull requests go to. */
export const DEFAULT_BRANCH = 'main';

/** Starlight appends a page's path from the project root (`content/docs/aws.mdx`) to this. */
export const EDIT_BASE_URL = `${REPOSITORY_URL}/edit/${DEFAULT_BRANCH}/`;
