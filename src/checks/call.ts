import { fileURLToPath } from 'node:url';

/**
 * One earnings call as content: its canonical source text, the file that pins the source's
 * SHA-256, the folder of its MDX pages and its figures. Everything the checks and the render
 * know about a call comes from here, so a second call is a second value, not new code.
 */
export interface Call {
  /** The verbatim transcript, one paragraph a line. Never edited. */
  sourceFile: string;
  /** `sha256sum` output for the source (`<hex>  <name>`), beside it. */
  pinFile: string;
  /** The call's MDX pages. */
  docsDir: string;
  figuresFile: string;
}

const content = (path: string) => fileURLToPath(new URL(`../../content/${path}`, import.meta.url));

/** The site's call: Amazon's Q3 2025 earnings call, zh-CN highlights. */
export const CALL: Call = {
  sourceFile: content('source/amazon-2025-q3.zh-CN.txt'),
  pinFile: content('source/amazon-2025-q3.zh-CN.txt.sha256'),
  docsDir: content('docs/'),
  figuresFile: content('figures.yaml'),
};

/** Shared by every call: the glossary of names and search aliases. */
export const GLOSSARY_FILE = content('glossary.yaml');
