/** The content problems as one error, for Astro's error overlay in `astro dev`: the problems first, no stack. */
export class ContentProblems extends Error {
  constructor(summary: string, lines: string[]) {
    super(`${lines.join('\n')}\n\n${summary}`);
    this.name = 'ContentProblems';
    this.stack = `${this.name}: ${this.message}`;
  }
}
