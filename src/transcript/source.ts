import { readFileSync } from 'node:fs';
import { paragraphId } from '../calls/routes.ts';
import { splitSentences } from './sentences.ts';

/** A line that starts with one of these continues the sentence of the line before it. */
const CONTINUATION_MARKS = [',', '，', ';', '；', '、'];

export interface SourceParagraph {
  /** Anchor id on the site, derived from the first source line: `l9`. */
  id: string;
  /** First and last source line (1-based). They differ only for a sentence broken across lines. */
  line: number;
  endLine: number;
  /** The text as in the source; lines of one paragraph are joined without a separator. */
  text: string;
  sentences: string[];
  /** Why several source lines form this one paragraph, when they do. */
  joinedBecause?: string;
}

/**
 * Turns the source text into paragraphs: one per non-empty line, except that a line
 * starting with a continuation mark (a comma, say) is the rest of the previous line's
 * sentence, broken by the compiler; it joins that paragraph.
 */
export function parseSource(text: string): SourceParagraph[] {
  const paragraphs: SourceParagraph[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const lineNumber = index + 1;
    const line = raw.trim();
    if (!line) return;
    const previous = paragraphs.at(-1);
    const continues = CONTINUATION_MARKS.some((mark) => line.startsWith(mark));
    if (continues && previous && previous.endLine === lineNumber - 1) {
      previous.endLine = lineNumber;
      previous.text += line;
      previous.sentences = splitSentences(previous.text);
      previous.joinedBecause = `line ${lineNumber} starts with "${line[0]}": it continues the sentence of line ${previous.line}`;
      return;
    }
    paragraphs.push({ id: paragraphId(lineNumber), line: lineNumber, endLine: lineNumber, text: line, sentences: splitSentences(line) });
  });
  return paragraphs;
}

/** Reads and parses a call's source file (`call.sourceFile`). */
export function loadSource(sourceFile: string): SourceParagraph[] {
  return parseSource(readFileSync(sourceFile, 'utf8'));
}
