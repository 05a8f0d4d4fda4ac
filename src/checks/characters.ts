import { createRequire } from 'node:module';

/** unicode-name's tables take a quarter of a second to load: only a message that names a character loads them. */
const load = createRequire(import.meta.url);
let unicodeName: typeof import('unicode-name').unicodeName | undefined;

/** `U+200B ZERO WIDTH SPACE`: how a message names a character a contributor cannot see or tell apart. */
export function describeCharacter(char: string): string {
  unicodeName ??= (load('unicode-name') as typeof import('unicode-name')).unicodeName;
  const code = char.codePointAt(0) ?? 0;
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')} ${unicodeName(char) ?? 'UNNAMED CHARACTER'}`;
}

/** Invisible, bidi-control and unusual space characters: format (Cf), controls other than tab and line ends, spaces other than U+0020. */
const INVISIBLE = /[\p{Cf}\p{Zl}\p{Zp}]|[^\S\t\n\r \u3000]|[\p{Cc}--[\t\n\r]]/v;
/** A Cyrillic or Greek letter next to a Latin one: a look-alike inside a Latin word (Zоox). */
const LOOK_ALIKE = /(?<=\p{Script=Latin})[\p{Script=Cyrillic}\p{Script=Greek}]|[\p{Script=Cyrillic}\p{Script=Greek}](?=\p{Script=Latin})/u;
const CYRILLIC_OR_GREEK = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;

export interface OddCharacter {
  /** 1-based column (in characters, as editors count). */
  column: number;
  char: string;
  kind: 'invisible' | 'look-alike';
}

/** The characters of one line that a reader cannot see, or that look like another letter. */
export function oddCharacters(line: string): OddCharacter[] {
  // Most lines have none: one test of the line before one per character.
  if (!INVISIBLE.test(line) && !CYRILLIC_OR_GREEK.test(line)) return [];
  const chars = [...line];
  const found: OddCharacter[] = [];
  chars.forEach((char, index) => {
    if (INVISIBLE.test(char)) found.push({ column: index + 1, char, kind: 'invisible' });
    else if (LOOK_ALIKE.test(chars.slice(Math.max(0, index - 1), index + 2).join('')) && CYRILLIC_OR_GREEK.test(char)) {
      found.push({ column: index + 1, char, kind: 'look-alike' });
    }
  });
  return found;
}

/** The text with every invisible or non-Latin look-alike character written out: `推出了⟨U+200B ZERO WIDTH SPACE⟩服务`. */
export function readable(text: string): string {
  return [...text].map((char) => (INVISIBLE.test(char) || CYRILLIC_OR_GREEK.test(char) ? `⟨${describeCharacter(char)}⟩` : char)).join('');
}
