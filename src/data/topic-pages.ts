import { getCollection } from 'astro:content';
import { callIdOfPage, slugInCall } from '../calls/routes.ts';
import type { CallTopic } from '../schemas/call.ts';
import { parsePage, type ParsedPage } from '../transcript/parse-page.ts';
import { pagePath } from '../utils/url.ts';
import { getCalls, type SiteCall } from './calls.ts';

/** A topic page of a call, read by the transcript parser. */
export interface TopicPage {
  /** The page's id, its route without slashes: `amazon-2025-q3/aws`. */
  id: string;
  call: SiteCall;
  /** Its slug inside the call: `aws`, '' for the call's overview. */
  slug: string;
  title: string;
  topic: CallTopic;
  href: string;
  /** Its position in the call's topic list. */
  order: number;
  parsed: ParsedPage;
}

/**
 * Parsed pages, by entry and content digest: every topic page's figures box asks for all
 * pages, so without this a build would parse N pages N times. A page edited in `astro dev`
 * has a new digest and is parsed again.
 */
const parsedPages = new Map<string, ParsedPage>();

function parseEntry(id: string, digest: string | undefined, body: string): ParsedPage {
  const key = `${id}\u0000${digest ?? body}`;
  let parsed = parsedPages.get(key);
  if (!parsed) {
    parsed = parsePage(id, body);
    parsedPages.set(key, parsed);
  }
  return parsed;
}

/**
 * The topic pages (the pages of a call with a `topic` of its call.yaml), of one call or of every
 * call, newest call first and in the order of each call's topic list. Reference pages (figures)
 * quote nothing and are left out.
 */
export async function getTopicPages(callId?: string): Promise<TopicPage[]> {
  if (!import.meta.env.DEV) builtPages ??= readTopicPages();
  const pages = await (builtPages ?? readTopicPages());
  return callId ? pages.filter((page) => page.call.id === callId) : pages;
}

/** A production build's content does not change: every page's middleware and components share one list. */
let builtPages: Promise<TopicPage[]> | undefined;

async function readTopicPages(): Promise<TopicPage[]> {
  const [entries, calls] = await Promise.all([getCollection('docs'), getCalls()]);
  const callIds = calls.map((call) => call.id);
  return entries
    .flatMap((entry) => {
      const call = calls.find((candidate) => candidate.id === callIdOfPage(entry.id, callIds));
      if (!call) return [];
      const order = call.data.topics.findIndex((candidate) => candidate.id === entry.data.topic);
      const topic = call.data.topics[order];
      if (!topic) return [];
      return [
        {
          id: entry.id,
          call,
          slug: slugInCall(entry.id, call.id),
          title: entry.data.title,
          topic,
          href: pagePath(entry.id),
          order,
          parsed: parseEntry(entry.id, entry.digest === undefined ? undefined : String(entry.digest), entry.body ?? ''),
        },
      ];
    })
    .sort((a, b) => callIds.indexOf(a.call.id) - callIds.indexOf(b.call.id) || a.order - b.order);
}

/** The page of `pages` (of one call) that quotes the paragraph starting at `line`. */
export function pageQuoting(pages: TopicPage[], line: number): TopicPage | undefined {
  return pages.find((page) => page.parsed.paragraphs.some((paragraph) => paragraph.line === line));
}
