import type { TranscriptParagraph } from '../../transcript/parse-page.ts';
import { SOURCE_LINES_KEY } from '../../schemas/page.ts';
import { parseLineRanges } from '../../transcript/line-ranges.ts';
import { splitSentences } from '../../transcript/sentences.ts';
import type { SourceParagraph } from '../../transcript/source.ts';
import { readable } from '../characters.ts';
import type { LoadedPage } from '../../model/content.ts';
import type { Problem } from '../../utils/problem.ts';
import type { Rule } from '../rule.ts';

const RULE = 'verbatim';
/** A source sentence this long found in editorial text is transcript text outside <Para>. */
const MIN_QUOTE = 10;

interface Occurrence {
  page: LoadedPage;
  paragraph: TranscriptParagraph;
  sentence: string;
}

/**
 * The source line a quoted paragraph really is: its declared line, unless its text is exactly
 * another source paragraph (a mistyped `line`). Later checks use it, so that one mistyped line
 * is one problem, not a cascade of wrong order, duplicate anchors and sourceLines.
 */
export function homeLine(paragraph: TranscriptParagraph, source: SourceParagraph[]): number {
  const { byLine, byText } = indexOf(source);
  if (byLine.get(paragraph.line)?.text === paragraph.text) return paragraph.line;
  return byText.get(paragraph.text) ?? paragraph.line;
}

const indexes = new WeakMap<SourceParagraph[], { byLine: Map<number, SourceParagraph>; byText: Map<string, number> }>();

function indexOf(source: SourceParagraph[]) {
  let index = indexes.get(source);
  if (!index) {
    index = { byLine: new Map(source.map((paragraph) => [paragraph.line, paragraph])), byText: new Map() };
    for (const paragraph of source) if (!index.byText.has(paragraph.text)) index.byText.set(paragraph.text, paragraph.line);
    indexes.set(source, index);
  }
  return index;
}

/**
 * Every sentence of the source is quoted on exactly one page, unchanged (corrections undone),
 * inside the <Para> of its own source line and in source order within a page; every quoted
 * sentence is in the source; no transcript sentence stands outside <Para>.
 */
export const verbatim: Rule = {
  id: RULE,
  group: 'transcript',
  title: 'every source sentence is quoted once, verbatim, in order, in the <Para> of its line',
  check: (content) => {
    const source = content.source.paragraphs;
    const problems: Problem[] = [];
    const report = (file: string, line: number, message: string) => problems.push({ file, line, rule: RULE, message });
    const pages = content.pages.filter((page) => !page.broken);
    const claimedByBroken = new Set(content.pages.filter((page) => page.broken).flatMap((page) => page.claimedLines));

    const byLine = new Map(source.map((paragraph) => [paragraph.line, paragraph]));
    const expected = new Map<string, SourceParagraph[]>();
    for (const paragraph of source) {
      for (const sentence of paragraph.sentences) expected.set(sentence, [...(expected.get(sentence) ?? []), paragraph]);
    }

    const found = new Map<string, Occurrence[]>();
    const unknown: Occurrence[] = [];
    for (const loaded of pages) {
      const { page } = loaded;
      let previous: number | undefined;
      for (const paragraph of page.paragraphs) {
        const home = homeLine(paragraph, source);
        if (home !== paragraph.line) {
          report(page.file, paragraph.fileLine, `<Para line={${paragraph.line}}> quotes source line ${home}: write <Para line={${home}}>`);
        } else if (!byLine.has(paragraph.line) && paragraph.line > 0) {
          const container = source.find((p) => p.line < paragraph.line && paragraph.line <= p.endLine);
          report(
            page.file,
            paragraph.fileLine,
            container
              ? `<Para line={${paragraph.line}}>: source line ${paragraph.line} is part of the paragraph that starts at line ${container.line} (${container.joinedBecause}); quote lines ${container.line}-${container.endLine} together in <Para line={${container.line}}>`
              : `<Para line={${paragraph.line}}>: no source paragraph starts at line ${paragraph.line}`,
          );
        }
        if (previous !== undefined && home <= previous) {
          report(page.file, paragraph.fileLine, `<Para line={${home}}> comes after <Para line={${previous}}>: keep paragraphs in the order of the call`);
        }
        previous = home;
        for (const sentence of splitSentences(paragraph.text)) {
          const occurrence = { page: loaded, paragraph, sentence };
          const homes = expected.get(sentence);
          if (!homes) {
            unknown.push(occurrence);
            continue;
          }
          found.set(sentence, [...(found.get(sentence) ?? []), occurrence]);
          if (home === paragraph.line && byLine.has(paragraph.line) && !homes.some((candidate) => candidate.line === paragraph.line)) {
            report(
              page.file,
              paragraph.fileLine,
              `sentence is from source line ${homes[0]?.line}, but it is inside <Para line={${paragraph.line}}>: "${readable(sentence)}"`,
            );
          }
        }
      }
    }

    const missing: { sentence: string; home: SourceParagraph }[] = [];
    for (const [sentence, homes] of expected) {
      const occurrences = found.get(sentence) ?? [];
      if (occurrences.length < homes.length) {
        for (const home of homes.slice(occurrences.length)) missing.push({ sentence, home });
      } else if (occurrences.length > homes.length) {
        for (const occurrence of occurrences) {
          const others = occurrences.filter((other) => other !== occurrence).map((other) => `${other.page.page.file}:${other.paragraph.fileLine}`);
          report(
            occurrence.page.page.file,
            occurrence.paragraph.fileLine,
            `sentence of source line ${homes[0]?.line} is quoted more than once (also at ${others.join(', ')}): keep it on one page only: "${readable(sentence)}"`,
          );
        }
      }
    }

    for (const { page, paragraph, sentence } of unknown) {
      const candidate = closestMissing(sentence, paragraph.line, missing);
      if (candidate) {
        missing.splice(missing.indexOf(candidate), 1);
        report(
          page.page.file,
          paragraph.fileLine,
          `sentence differs from source line ${candidate.home.line} ${describeDifference(candidate.sentence, sentence)}. Quote the source exactly; mark a correction with <Fix from="原文" to="更正" />`,
        );
      } else {
        report(
          page.page.file,
          paragraph.fileLine,
          `sentence is not in the source: "${readable(sentence)}". Transcript text goes in <Para> only as the source has it; editorial text goes outside <Para>`,
        );
      }
    }

    for (const { sentence, home } of missing) {
      if (claimedByBroken.has(home.line)) continue; // the page that quotes it does not parse: that is the problem to fix
      // The page that quotes the rest of its paragraph, else the page whose sourceLines lists it.
      const claimant =
        pages.find((page) => page.page.paragraphs.some((p) => p.line === home.line)) ??
        pages.find((page) => listsLine(page.page.frontmatter[SOURCE_LINES_KEY], home.line));
      const where = claimant ? ` (expected in ${claimant.page.file})` : '';
      report(content.source.file, home.line, `sentence of source line ${home.line} is on no page${where}: "${readable(sentence)}"`);
    }

    // Transcript text pasted outside <Para> would be quoted without its anchor and escape the check.
    // Long sentences are looked up by their first characters, so each editorial text is read once.
    const byStart = new Map<string, { sentence: string; paragraph: SourceParagraph }[]>();
    for (const paragraph of source) {
      for (const sentence of paragraph.sentences) {
        const chars = [...sentence];
        if (chars.length < MIN_QUOTE) continue;
        const key = chars.slice(0, MIN_QUOTE).join('');
        byStart.set(key, [...(byStart.get(key) ?? []), { sentence, paragraph }]);
      }
    }
    for (const { page } of pages) {
      for (const text of page.editorial) {
        const chars = [...text.text];
        const hit = chars
          .slice(0, Math.max(0, chars.length - MIN_QUOTE + 1))
          .flatMap((_, index) => byStart.get(chars.slice(index, index + MIN_QUOTE).join('')) ?? [])
          .find(({ sentence }) => text.text.includes(sentence));
        if (hit)
          report(
            page.file,
            text.fileLine,
            `transcript text outside <Para>: quote source line ${hit.paragraph.line} only inside <Para line={${hit.paragraph.line}}>: "${hit.sentence}"`,
          );
      }
    }
    return problems;
  },
};

/** Whether a page's `sourceLines` ("8-18, 27-30") lists `line`. */
function listsLine(sourceLines: unknown, line: number): boolean {
  if (typeof sourceLines !== 'string') return false;
  const parsed = parseLineRanges(sourceLines);
  return !('error' in parsed) && parsed.lines.includes(line);
}

function closestMissing(sentence: string, line: number, missing: { sentence: string; home: SourceParagraph }[]) {
  let best: { sentence: string; home: SourceParagraph } | undefined;
  let bestScore = 0;
  for (const candidate of missing) {
    const score = sharedEnds(candidate.sentence, sentence) + (candidate.home.line === line ? 1 : 0);
    if (score > bestScore) [best, bestScore] = [candidate, score];
  }
  const length = Math.min([...sentence].length, [...(best?.sentence ?? '')].length);
  return best && bestScore >= length / 2 ? best : undefined;
}

function sharedEnds(a: string, b: string): number {
  const [x, y] = [[...a], [...b]];
  let prefix = 0;
  while (prefix < x.length && x[prefix] === y[prefix]) prefix++;
  let suffix = 0;
  while (suffix < x.length - prefix && suffix < y.length - prefix && x[x.length - 1 - suffix] === y[y.length - 1 - suffix]) suffix++;
  return prefix + suffix;
}

/**
 * `at character 12: the source has "业", the page has "亚"`, then the whole source sentence.
 * Invisible and look-alike characters are written out as `⟨U+200B ZERO WIDTH SPACE⟩`.
 */
export function describeDifference(expected: string, actual: string): string {
  const [x, y] = [[...expected], [...actual]];
  let start = 0;
  while (start < x.length && x[start] === y[start]) start++;
  let suffix = 0;
  while (suffix < x.length - start && suffix < y.length - start && x[x.length - 1 - suffix] === y[y.length - 1 - suffix]) suffix++;
  // Show whole Latin words and numbers ("QuickSleep", not "Sleep").
  const isWordChar = (char: string | undefined) => char !== undefined && /[A-Za-z0-9.]/.test(char);
  while (start > 0 && isWordChar(x[start - 1])) start--;
  while (suffix > 0 && isWordChar(x[x.length - suffix])) suffix--;
  const was = readable(x.slice(start, x.length - suffix).join(''));
  const now = readable(y.slice(start, y.length - suffix).join(''));
  const change = !now ? `the page leaves out "${was}"` : !was ? `the page adds "${now}"` : `the source has "${was}", the page has "${now}"`;
  return `at character ${start + 1}: ${change}; source: "${expected}"`;
}
