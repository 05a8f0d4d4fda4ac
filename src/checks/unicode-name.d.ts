declare module 'unicode-name' {
  /** The Unicode name of a character: `unicodeName('\u200b')` → `ZERO WIDTH SPACE`. */
  export function unicodeName(char: string): string | undefined;
}
