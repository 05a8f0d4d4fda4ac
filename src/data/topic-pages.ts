import { slugInCall } from '../calls/routes.ts';
import type { CallTopic } from '../schemas/call.ts';
import type { ParsedPage } from '../transcript/parse-page.ts';
import { pagePath } from '../utils/url.ts';
import { currentCall, getCalls, type SiteCall } from './calls.ts';

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
 * The topic pages (the pages of a call with a `topic` of its call.yaml), of one call or of every
 * call, newest call first and in the order of each call's topic list, from the content model.
 * Reference pages (figures) quote nothing and are left out.
 */
export async function getTopicPages(callId?: string): Promise<TopicPage[]> {
  topicPages ??= readTopicPages();
  const pages = await topicPages;
  return callId ? ((byCall ??= groupByCall(pages)).get(callId) ?? []) : pages;
}

let topicPages: Promise<TopicPage[]> | undefined;
let byCall: Map<string, TopicPage[]> | undefined;

function groupByCall(pages: TopicPage[]): Map<string, TopicPage[]> {
  const groups = new Map<string, TopicPage[]>();
  for (const page of pages) {
    const group = groups.get(page.call.id) ?? [];
    group.push(page);
    groups.set(page.call.id, group);
  }
  return groups;
}

async function readTopicPages(): Promise<TopicPage[]> {
  return (await getCalls()).flatMap((call) =>
    call.pages
      .flatMap((page) => {
        const order = call.data.topics.findIndex((candidate) => candidate.id === page.topic);
        const topic = call.data.topics[order];
        if (!topic) return [];
        return [{ id: page.id, call, slug: slugInCall(page.id, call.id), title: page.title, topic, href: pagePath(page.id), order, parsed: page.parsed }];
      })
      .sort((a, b) => a.order - b.order),
  );
}

/** The page of `pages` (of one call) that quotes the paragraph starting at `line`. */
export function pageQuoting(pages: TopicPage[], line: number): TopicPage | undefined {
  return pages.find((page) => page.parsed.paragraphs.some((paragraph) => paragraph.line === line));
}

/** How readers know a passage of `page`: the heading it stands under (a Q&A unit's question), else the page's title. */
export function passageName(page: TopicPage, line: number): string {
  return page.parsed.paragraphs.find((paragraph) => paragraph.line === line)?.section ?? page.title;
}

/** The name of the passage that starts at `line` in the call of the page being rendered; undefined on a page of no call. */
export async function passageOnPage(locals: App.Locals, line: number): Promise<string | undefined> {
  const call = await currentCall(locals);
  const page = call ? pageQuoting(await getTopicPages(call.id), line) : undefined;
  return page && passageName(page, line);
}
