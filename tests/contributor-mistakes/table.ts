import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MISTAKES, type Mistake } from './mistakes.ts';

export const CONTRIBUTING = fileURLToPath(new URL('../../CONTRIBUTING.md', import.meta.url));
const START = '<!-- mistakes:start (generated from tests/contributor-mistakes/mistakes.ts by `npm run docs:mistakes`; do not edit) -->';
const END = '<!-- mistakes:end -->';

/** A `says` pattern as a contributor reads it: escapes removed, `\d+` as N, wildcards as …. */
export function readablePattern(pattern: RegExp): string {
  return pattern.source
    .replace(/^\^|\$$/g, '')
    .replace(/\\d\+|\[0-9a-f\]\{\d+\}/g, 'N')
    .replace(/\\W\+/g, ' ')
    .replace(/\[\\s\\S\]\*\??|\.\*\??/g, '…')
    .replace(/\\(.)/g, '$1');
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (text: string) => (text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``);

/** The table of CONTRIBUTING.md's 常见错误对照表, one row per mistake the matrix tests. */
export function mistakesTable(mistakes: Mistake[] = MISTAKES): string {
  const rows = mistakes.map(
    (mistake) =>
      `| ${cell(mistake.name)} | \`${mistake.command}\` | ${cell(mistake.says.map((pattern) => code(readablePattern(pattern))).join(' / '))} | ${cell(mistake.fix)} |`,
  );
  return [START, '', '| 错误 | 发现它的命令 | 报错（N 为数字） | 怎么改 |', '| --- | --- | --- | --- |', ...rows, '', END].join('\n');
}

/** CONTRIBUTING.md with its generated table replaced by the current one. */
export function withCurrentTable(text: string): string {
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`CONTRIBUTING.md has no ${START} … ${END} block`);
  return text.slice(0, start) + mistakesTable() + text.slice(end + END.length);
}

/** `npm run docs:mistakes`. */
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(CONTRIBUTING, withCurrentTable(readFileSync(CONTRIBUTING, 'utf8')));
}
