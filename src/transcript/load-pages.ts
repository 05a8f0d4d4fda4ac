import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseMdx, SYNTAX_RULE, type PageSource, type ParsedPage } from './parse-page.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads and parses every Markdown/MDX page under `dir` (a call's folder, say), each named relative to the working directory. */
export function readPages(dir: string): PageSource[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.mdx?$/.test(name))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      const file = relative(process.cwd(), path);
      const bytes = readFileSync(path);
      try {
        return parseMdx(file, utf8.decode(bytes));
      } catch {
        const read = parseMdx(file, '');
        read.text = new TextDecoder().decode(bytes);
        read.tree = undefined;
        read.page.problems.push({
          file,
          line: lineOfFirstInvalidByte(bytes),
          rule: SYNTAX_RULE,
          message: 'the file is not UTF-8 text: save it with UTF-8 encoding',
        });
        return read;
      }
    });
}

export function loadPages(dir: string): ParsedPage[] {
  return readPages(dir).map(({ page }) => page);
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
