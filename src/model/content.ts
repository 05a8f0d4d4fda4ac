import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { figureEntry, type Figure } from '../schemas/figure.ts';
import { glossaryEntry, type GlossaryEntry } from '../schemas/glossary.ts';
import { readPages } from '../transcript/load-pages.ts';
import type { PageSource } from '../transcript/parse-page.ts';
import { parseSource, type SourceParagraph } from '../transcript/source.ts';
import type { Problem } from '../utils/problem.ts';
import type { Call } from './calls.ts';
import { parseYamlList, type LocatedEntry } from './yaml.ts';

/** A page with what the checks need beyond the parse: whether it parsed, and which lines it claims. */
export interface LoadedPage extends PageSource {
  /** The page did not parse (syntax, encoding): later rules skip it, its problems say why. */
  broken: boolean;
  /** For a broken page: the source lines it seems to quote, so that they are not also reported missing. */
  claimedLines: number[];
}

export interface DataFile<T> {
  file: string;
  entries: LocatedEntry<T>[];
  /** YAML syntax errors, schema errors and duplicate ids, at their lines. */
  problems: Problem[];
}

/** Everything the content checks read, loaded once: the call's source and pages, its figures, the glossary. */
export interface Content {
  /** The call these are (undefined for a test's bare fixture): its id, topics and pin line. */
  call?: { id: string; topicIds: string[]; pinLine: number } | undefined;
  /** The topic ids of every call of the site, which a glossary entry's `page` names (a bare fixture: its pages' topics). */
  siteTopicIds?: string[] | undefined;
  source: {
    file: string;
    pinFile: string;
    /** SHA-256 of the source as it is, and as pinned (undefined if the pin file is missing). */
    sha256: string;
    pinned: string | undefined;
    paragraphs: SourceParagraph[];
  };
  docsDir: string;
  pages: LoadedPage[];
  figures: DataFile<Figure>;
  glossary: DataFile<GlossaryEntry>;
}

/** What a content check reads, as text: files on disk (loadContent) or a test's fixture (contentOf). */
export interface ContentFiles {
  call?: Content['call'];
  siteTopicIds?: string[] | undefined;
  source: { file: string; bytes: Uint8Array };
  pin: { file: string; text: string | undefined };
  docsDir: string;
  pages: PageSource[];
  figures: { file: string; text: string };
  /** The glossary, read once for every call (parseGlossary). */
  glossary: DataFile<GlossaryEntry>;
}

export const FIGURES_RULE = 'figures';
export const GLOSSARY_RULE = 'glossary';

/** content/glossary.yaml, shared by every call. */
export function parseGlossary(file: string, text: string): DataFile<GlossaryEntry> {
  return { file, ...parseYamlList(file, text, glossaryEntry, GLOSSARY_RULE) };
}

/** Reads a call from disk, each file once, each page parsed once. */
export function loadContent(call: Call, siteTopicIds: string[], glossary: DataFile<GlossaryEntry>): Content {
  const name = (path: string) => relative(process.cwd(), path);
  return contentOf({
    call: { id: call.id, topicIds: call.data.topics.map((topic) => topic.id), pinLine: call.lineOf(['source', 'sha256']) },
    siteTopicIds,
    source: { file: name(call.sourceFile), bytes: readFileSync(call.sourceFile) },
    pin: { file: name(call.callFile), text: call.data.source.sha256 },
    docsDir: name(call.dir),
    pages: readPages(call.dir),
    figures: { file: name(call.figuresFile), text: existsSync(call.figuresFile) ? readFileSync(call.figuresFile, 'utf8') : '[]' },
    glossary,
  });
}

/** A parsed page with whether it is broken, and for a broken one the source lines it seems to quote. */
export function loadedPage(read: PageSource): LoadedPage {
  const broken = read.tree === undefined || read.page.problems.length > 0;
  return { ...read, broken, claimedLines: broken ? [...read.text.matchAll(/<Para\b[^>]*?\bline=\{?\s*["']?(\d+)/g)].map((match) => Number(match[1])) : [] };
}

export function contentOf(files: ContentFiles): Content {
  const figures = parseYamlList(files.figures.file, files.figures.text, figureEntry, FIGURES_RULE, describeFigureIssue);
  return {
    call: files.call,
    siteTopicIds: files.siteTopicIds,
    source: {
      file: files.source.file,
      pinFile: files.pin.file,
      sha256: createHash('sha256').update(files.source.bytes).digest('hex'),
      pinned: files.pin.text === undefined ? undefined : /^[0-9a-f]{64}/i.exec(files.pin.text.trim())?.[0]?.toLowerCase(),
      paragraphs: parseSource(new TextDecoder().decode(files.source.bytes)),
    },
    docsDir: files.docsDir,
    pages: files.pages.map(loadedPage),
    figures: { file: files.figures.file, entries: figures.entries, problems: figures.problems },
    glossary: files.glossary,
  };
}

/** Schema messages that say what to write: `anchor: 18` → "write l18". */
function describeFigureIssue({ path, message, value }: { path: string; message: string; value: unknown }): string {
  if (path === 'anchor' && /^\d+$/.test(String(value ?? '').trim()))
    return `anchor: ${String(value)} is a line number; write l${String(value).trim()} (a paragraph anchor is l + the source line)`;
  return `${path ? `${path}: ` : ''}${message}`;
}
