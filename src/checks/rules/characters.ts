import { describeCharacter, oddCharacters } from '../characters.ts';
import type { Rule } from '../rule.ts';

/**
 * Invisible characters (zero-width and other format characters, bidi controls, unusual spaces)
 * and look-alike letters (a Cyrillic о inside a Latin word): a page that has one differs from
 * what the contributor sees. Each is named `U+XXXX NAME` at its line and column.
 */
export const characters: Rule = {
  id: 'characters',
  group: 'transcript',
  title: 'no invisible, bidi-control or look-alike character in a page',
  check: (content) =>
    content.pages.flatMap(({ page, text }) =>
      text.split('\n').flatMap((line, index) =>
        oddCharacters(line.replace(/\r$/, '')).map(({ column, char, kind }) => ({
          file: page.file,
          line: index + 1,
          column,
          rule: 'characters',
          message:
            kind === 'invisible'
              ? `invisible character ${describeCharacter(char)} at column ${column}: delete it (the source has none; a reader would not see it, and search would miss the word)`
              : `look-alike letter ${describeCharacter(char)} at column ${column} inside a Latin word: type the Latin letter`,
        })),
      ),
    ),
};
