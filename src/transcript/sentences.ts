/** Characters that end a sentence in the transcript (Chinese and ASCII forms). */
const TERMINATORS = new Set(['。', '！', '？', '!', '?', '；', ';']);
/** Closing marks that belong to the sentence they follow (`……。”`). */
const CLOSERS = new Set(['”', '’', '"', "'", '」', '』', '）', ')']);

/**
 * Splits a paragraph into sentences: a sentence ends after a terminator and any
 * closing marks that follow it. Text after the last terminator is a sentence too.
 * Nothing is dropped: joining the result gives back the input, less surrounding spaces.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  const chars = [...text];
  let current = '';
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] as string;
    current += char;
    if (!TERMINATORS.has(char)) continue;
    while (i + 1 < chars.length && (TERMINATORS.has(chars[i + 1] as string) || CLOSERS.has(chars[i + 1] as string))) {
      current += chars[++i];
    }
    pushTrimmed(sentences, current);
    current = '';
  }
  pushTrimmed(sentences, current);
  return sentences;
}

function pushTrimmed(into: string[], sentence: string): void {
  const trimmed = sentence.trim();
  if (trimmed) into.push(trimmed);
}
