import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePage, type ParsedPage } from './parse-page.ts';

export const DOCS_DIR = fileURLToPath(new URL('../../content/docs/', import.meta.url));

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads every Markdown/MDX page under `dir`, named relative to the working directory. */
export function loadPages(dir = DOCS_DIR): ParsedPage[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.mdx?$/.test(name))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      const file = relative(process.cwd(), path);
      const bytes = readFileSync(path);
      try {
        return parsePage(file, utf8.decode(bytes));
      } catch {
        const page = parsePage(file, '');
        page.problems.push({ file, line: lineOfFirstInvalidByte(bytes), message: 'the file is not UTF-8 text: save it with UTF-8 encoding' });
        return page;
      }
    });
}

function lineOfFirstInvalidByte(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  // The longest valid prefix, found by bisection; its newlines give the line.
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, middle), { stream: true });
      low = middle;
    } catch {
      high = middle - 1;
    }
  }
  return bytes.subarray(0, low).filter((byte) => byte === 0x0a).length + 1;
}
