import { relative } from 'node:path';
import { formatLineRanges, parseLineRanges } from './line-ranges.ts';
import type { ParsedPage, TranscriptParagraph } from './parse-page.ts';
import type { Problem } from './problem.ts';
import { sortProblems } from './problem.ts';
import { splitSentences } from './sentences.ts';
import { paragraphId, qaId } from '../calls/routes.ts';
import type { SourceParagraph } from './source.ts';

/** The frontmatter key that lists the source lines a page quotes. */
export const SOURCE_LINES_KEY = 'sourceLines';

interface Occurrence {
  page: ParsedPage;
  paragraph: TranscriptParagraph;
  sentence: string;
}

/**
 * The transcript check. Proves that every sentence of the source is quoted on exactly one
 * page, unchanged (corrections undone), in source order within the page; that every quoted
 * sentence is in the source; that anchor ids are unique across the call's pages; and that each
 * page's topic is one of the call's topics (`topicIds`, from its call.yaml).
 */
export function checkTranscript(source: SourceParagraph[], pages: ParsedPage[], sourceFile: string, topicIds: readonly string[]): Problem[] {
  const problems: Problem[] = pages.flatMap((page) => page.problems);
  const report = (file: string, line: number, message: string) => problems.push({ file, line, message });
  const sourceName = relative(process.cwd(), sourceFile);

  const byLine = new Map(source.map((paragraph) => [paragraph.line, paragraph]));
  const expected = new Map<string, SourceParagraph[]>();
  for (const paragraph of source) {
    for (const sentence of paragraph.sentences) expected.set(sentence, [...(expected.get(sentence) ?? []), paragraph]);
  }

  const found = new Map<string, Occurrence[]>();
  const unknown: Occurrence[] = [];
  for (const page of pages) {
    checkPageLines(page, byLine, source, topicIds, report);
    for (const paragraph of page.paragraphs) {
      for (const sentence of splitSentences(paragraph.text)) {
        const occurrence = { page, paragraph, sentence };
        const homes = expected.get(sentence);
        if (!homes) {
          unknown.push(occurrence);
          continue;
        }
        found.set(sentence, [...(found.get(sentence) ?? []), occurrence]);
        if (byLine.has(paragraph.line) && !homes.some((home) => home.line === paragraph.line)) {
          report(
            page.file,
            paragraph.fileLine,
            `sentence is from source line ${homes[0]?.line}, but it is inside <Para line={${paragraph.line}}>: "${sentence}"`,
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
        const others = occurrences.filter((other) => other !== occurrence).map((other) => `${other.page.file}:${other.paragraph.fileLine}`);
        report(
          occurrence.page.file,
          occurrence.paragraph.fileLine,
          `sentence of source line ${homes[0]?.line} is quoted more than once (also at ${others.join(', ')}): keep it on one page only: "${sentence}"`,
        );
      }
    }
  }

  for (const occurrence of unknown) {
    const { page, paragraph, sentence } = occurrence;
    const candidate = closestMissing(sentence, paragraph.line, missing);
    if (candidate) {
      missing.splice(missing.indexOf(candidate), 1);
      report(
        page.file,
        paragraph.fileLine,
        `sentence differs from source line ${candidate.home.line} ${describeDifference(candidate.sentence, sentence)}. Quote the source exactly; mark a correction with <Fix from="原文" to="更正" />`,
      );
    } else {
      report(
        page.file,
        paragraph.fileLine,
        `sentence is not in the source: "${sentence}". Transcript text goes in <Para> only as the source has it; editorial text goes outside <Para>`,
      );
    }
  }

  for (const { sentence, home } of missing) {
    const claimant = pages.find((page) => page.paragraphs.some((p) => p.line === home.line));
    const where = claimant ? ` (expected in ${claimant.file})` : '';
    report(sourceName, home.line, `sentence of source line ${home.line} is on no page${where}: "${sentence}"`);
  }

  checkAnchors(pages, report);
  checkEditorialText(pages, source, report);
  return sortProblems(problems);
}

function checkPageLines(
  page: ParsedPage,
  byLine: Map<number, SourceParagraph>,
  source: SourceParagraph[],
  topicIds: readonly string[],
  report: (file: string, line: number, message: string) => void,
): void {
  let previous: TranscriptParagraph | undefined;
  const covered: number[] = [];
  for (const paragraph of page.paragraphs) {
    const home = byLine.get(paragraph.line);
    if (home) {
      for (let line = home.line; line <= home.endLine; line++) covered.push(line);
    } else if (paragraph.line > 0) {
      const container = source.find((p) => p.line < paragraph.line && paragraph.line <= p.endLine);
      report(
        page.file,
        paragraph.fileLine,
        container
          ? `<Para line={${paragraph.line}}>: source line ${paragraph.line} is part of the paragraph that starts at line ${container.line} (${container.joinedBecause}); quote lines ${container.line}-${container.endLine} together in <Para line={${container.line}}>`
          : `<Para line={${paragraph.line}}>: no source paragraph starts at line ${paragraph.line}`,
      );
    }
    if (previous && paragraph.line <= previous.line) {
      report(
        page.file,
        paragraph.fileLine,
        `<Para line={${paragraph.line}}> comes after <Para line={${previous.line}}>: keep paragraphs in the order of the call`,
      );
    }
    previous = paragraph;
  }

  if (covered.length > 0 && page.frontmatter['topic'] === undefined) {
    report(page.file, 1, `frontmatter has no topic: a page that quotes the transcript is a topic page; add topic: one of ${topicIds.join(', ')}`);
  }
  const topic = page.frontmatter['topic'];
  if (topic !== undefined && !topicIds.includes(String(topic))) {
    report(
      page.file,
      page.frontmatterLines['topic'] ?? 1,
      `topic "${String(topic)}" is not a topic of this call: use one of ${topicIds.join(', ')}, or add it to the topics of the call's call.yaml`,
    );
  }
  const declared = page.frontmatter[SOURCE_LINES_KEY];
  const declaredLine = page.frontmatterLines[SOURCE_LINES_KEY] ?? 1;
  if (declared === undefined) {
    if (covered.length > 0) report(page.file, 1, `frontmatter has no ${SOURCE_LINES_KEY}: add ${SOURCE_LINES_KEY}: "${formatLineRanges(covered)}"`);
    return;
  }
  const parsed = parseLineRanges(String(declared));
  if ('error' in parsed) {
    report(page.file, declaredLine, `${SOURCE_LINES_KEY}: ${parsed.error}`);
    return;
  }
  const actual = formatLineRanges(covered);
  const wanted = formatLineRanges(parsed.lines.filter((line) => byLine.has(line) || source.some((p) => p.line < line && line <= p.endLine)));
  if (actual !== wanted) {
    report(page.file, declaredLine, `${SOURCE_LINES_KEY} says "${String(declared)}" but the page quotes lines "${actual || 'none'}": make them agree`);
  }
}

function checkAnchors(pages: ParsedPage[], report: (file: string, line: number, message: string) => void): void {
  const anchors = new Map<string, string[]>();
  const seen: { id: string; file: string; line: number }[] = [];
  for (const page of pages) {
    for (const paragraph of page.paragraphs) seen.push({ id: paragraphId(paragraph.line), file: page.file, line: paragraph.fileLine });
    for (const qa of page.qas) seen.push({ id: qaId(qa.line), file: page.file, line: qa.fileLine });
  }
  for (const { id, file, line } of seen) anchors.set(id, [...(anchors.get(id) ?? []), `${file}:${line}`]);
  for (const { id, file, line } of seen) {
    const places = anchors.get(id) ?? [];
    if (places.length > 1) report(file, line, `anchor #${id} is not unique: it is at ${places.join(' and ')}`);
  }
}

/** Transcript text pasted outside <Para> would be quoted without its anchor and escape the check. */
function checkEditorialText(pages: ParsedPage[], source: SourceParagraph[], report: (file: string, line: number, message: string) => void): void {
  const sentences = source.flatMap((paragraph) => paragraph.sentences.filter((s) => [...s].length >= 10).map((sentence) => ({ sentence, paragraph })));
  for (const page of pages) {
    for (const text of page.editorial) {
      const hit = sentences.find(({ sentence }) => text.text.includes(sentence));
      if (hit)
        report(
          page.file,
          text.fileLine,
          `transcript text outside <Para>: quote source line ${hit.paragraph.line} only inside <Para line={${hit.paragraph.line}}>: "${hit.sentence}"`,
        );
    }
  }
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

/** `at character 12: the source has "业", the page has "亚"`, then the whole source sentence. */
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
  const was = x.slice(start, x.length - suffix).join('');
  const now = y.slice(start, y.length - suffix).join('');
  const change = !now ? `the page leaves out "${was}"` : !was ? `the page adds "${now}"` : `the source has "${was}", the page has "${now}"`;
  return `at character ${start + 1}: ${change}; source: "${expected}"`;
}
