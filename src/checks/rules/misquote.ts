import leven from 'leven';
import type { Nodes, Parent } from 'mdast';
import { lineOf } from '../../transcript/parse-page.ts';
import type { Problem } from '../../utils/problem.ts';
import type { Rule } from '../rule.ts';

const RULE = 'misquote';
/** Shorter quotes are phrases, not sentences: too short to tell a misquote from a coincidence. */
const MIN_LENGTH = 10;
/** At most this share of the characters differ: one word changed, not another sentence. */
const MAX_DIFFERENCE = 0.25;
/** A phrase in quotation marks in editorial text: “…”, 「…」, "…". */
const QUOTED = /“([^”]+)”|「([^」]+)」|"([^"]+)"/g;

/**
 * Editorial text that quotes the source must quote it exactly: a blockquote, or a phrase in
 * quotation marks, that nearly matches a source sentence without being it would show readers
 * words the source never said, outside any <Para> and its checks. (A sentence quoted exactly
 * outside <Para> is the verbatim rule's.)
 */
export const misquote: Rule = {
  id: RULE,
  group: 'transcript',
  title: 'editorial quotes (blockquotes, quoted phrases) are the source word for word, or no quote of it',
  check: (content) => {
    const sentences = content.source.paragraphs.flatMap((paragraph) => paragraph.sentences.map((sentence) => ({ sentence, line: paragraph.line })));
    const problems: Problem[] = [];
    for (const { page, tree } of content.pages.filter((loaded) => !loaded.broken)) {
      if (!tree) continue;
      for (const quote of editorialQuotes(tree)) {
        const text = quote.text.replace(/\s+/g, '');
        if ([...text].length < MIN_LENGTH || sentences.some(({ sentence }) => sentence.includes(text))) continue;
        const near = sentences
          .map((candidate) => ({ ...candidate, distance: closestPart(text, candidate.sentence) }))
          .filter(({ distance }) => distance > 0 && distance <= MAX_DIFFERENCE * text.length)
          .sort((a, b) => a.distance - b.distance)[0];
        if (near)
          problems.push({
            file: page.file,
            line: quote.line,
            rule: RULE,
            message: `this quote is not what the source says: source line ${near.line} has "${near.sentence}". Quote it word for word in <Para line={${near.line}}>, or write it in your own words without quotation marks`,
          });
      }
    }
    return problems;
  },
};

/** The edit distance from `quote` to the part of `sentence` it is closest to (a quote may be part of a sentence). */
function closestPart(quote: string, sentence: string): number {
  let best = Infinity;
  for (let length = Math.max(1, quote.length - 2); length <= quote.length + 2; length++) {
    for (let start = 0; start + length <= Math.max(length, sentence.length); start++)
      best = Math.min(best, leven(quote, sentence.slice(start, start + length)));
  }
  return best;
}

/** The sentence without its final punctuation, as a quote usually leaves it out. */
function trimEnd(sentence: string): string {
  return sentence.replace(/[。！？!?；;，,]+$/, '');
}

/** Blockquotes and quoted phrases outside <Para>, each with its line. */
function editorialQuotes(tree: Parent): { text: string; line: number }[] {
  const quotes: { text: string; line: number }[] = [];
  const visit = (node: Nodes) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Para') return;
    if (node.type === 'blockquote') {
      quotes.push({ text: trimEnd(textOf(node)), line: lineOf(node) ?? 1 });
      return;
    }
    if (node.type === 'text') {
      for (const match of node.value.matchAll(QUOTED)) quotes.push({ text: trimEnd(match[1] ?? match[2] ?? match[3] ?? ''), line: lineOf(node) ?? 1 });
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree as Nodes);
  return quotes;
}

function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map((child) => textOf(child as Nodes)).join('') : '';
}
