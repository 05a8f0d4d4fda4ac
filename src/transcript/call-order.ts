import type { Correction, ParsedPage, QAUnit, TranscriptParagraph } from './parse-page.ts';
import type { SourceParagraph } from './source.ts';

/** A source paragraph with the page that quotes it and how that page quotes it. */
export interface PlacedParagraph<P> {
  source: SourceParagraph;
  quoted: TranscriptParagraph;
  page: P;
}

export type CallBlock<P> = { kind: 'paragraph'; paragraph: PlacedParagraph<P> } | { kind: 'qa'; qa: QAUnit; page: P; paragraphs: PlacedParagraph<P>[] };

/**
 * The whole call in source order, each paragraph placed on the page that quotes it and the
 * paragraphs of a Q&A unit kept together. Built from the source and the pages, nothing typed.
 * A source paragraph on no page is left out: the content checks fail the build on it, and the
 * check of the built site reports it missing from this page too (never a crash in `astro dev`).
 */
export function callOrder<P extends { parsed: ParsedPage }>(source: SourceParagraph[], pages: P[]): CallBlock<P>[] {
  const blocks: CallBlock<P>[] = [];
  for (const paragraph of source) {
    const page = pages.find((candidate) => candidate.parsed.paragraphs.some((quoted) => quoted.line === paragraph.line));
    const quoted = page?.parsed.paragraphs.find((candidate) => candidate.line === paragraph.line);
    if (!page || !quoted) continue;
    const placed = { source: paragraph, quoted, page };
    const last = blocks.at(-1);
    if (quoted.qa !== undefined && last?.kind === 'qa' && last.qa.line === quoted.qa) {
      last.paragraphs.push(placed);
    } else if (quoted.qa !== undefined) {
      const qa = page.parsed.qas.find((unit) => unit.line === quoted.qa) as QAUnit;
      blocks.push({ kind: 'qa', qa, page, paragraphs: [placed] });
    } else {
      blocks.push({ kind: 'paragraph', paragraph: placed });
    }
  }
  return blocks;
}

/**
 * A paragraph's text cut around its corrections, to show them as the topic pages do:
 * `["面向企业级用户,亚马逊近期推出了", {from: "QuickSleep", ...}, "服务,..."]`.
 * A correction whose `from` is not in the text is left out (the transcript check reports it).
 */
export function correctionParts(text: string, corrections: Correction[]): (string | Correction)[] {
  const parts: (string | Correction)[] = [];
  let rest = text;
  for (const correction of corrections) {
    const at = rest.indexOf(correction.from);
    if (at < 0) continue;
    parts.push(rest.slice(0, at), correction);
    rest = rest.slice(at + correction.from.length);
  }
  parts.push(rest);
  return parts.filter((part) => part !== '');
}
