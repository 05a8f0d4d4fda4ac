import { getCollection } from 'astro:content';
import { pages as checkedPages } from 'virtual:content-checks/pages';
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
 * A page as the content checks parsed it before the build (src/integrations/content-checks.ts):
 * a build parses each page once. In `astro dev`, where pages change, a page is parsed again
 * when its content digest changes.
 */
const parsedInDev = new Map<string, ParsedPage>();

function parsedEntry(entry: { id: string; filePath?: string | undefined; digest?: unknown; body?: string | undefined }): ParsedPage {
  const checked = entry.filePath ? checkedPages[entry.filePath] : undefined;
  if (checked && !import.meta.env.DEV) return checked;
  const key = `${entry.id}\u0000${String(entry.digest ?? entry.body)}`;
  let parsed = parsedInDev.get(key);
  if (!parsed) {
    parsed = parsePage(entry.filePath ?? entry.id, entry.body ?? '');
    parsedInDev.set(key, parsed);
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
          parsed: parsedEntry(entry),
        },
      ];
    })
    .sort((a, b) => callIds.indexOf(a.call.id) - callIds.indexOf(b.call.id) || a.order - b.order);
}

/** The page of `pages` (of one call) that quotes the paragraph starting at `line`. */
export function pageQuoting(pages: TopicPage[], line: number): TopicPage | undefined {
  return pages.find((page) => page.parsed.paragraphs.some((paragraph) => paragraph.line === line));
}
