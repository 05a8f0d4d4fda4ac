import { getCollection } from 'astro:content';
import { TOPICS, topicById, type Topic } from '../topics.ts';
import { parsePage, type ParsedPage } from '../transcript/parse-page.ts';
import { pagePath } from '../utils/url.ts';

/** A topic page of the site, read by the transcript parser. */
export interface TopicPage {
  slug: string;
  title: string;
  topic: Topic;
  href: string;
  /** Its position in the topic list. */
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
 * The topic pages (the pages with a `topic`), in the order of the topic list. Reference pages
 * (figures, glossary) quote nothing and are left out.
 */
export async function getTopicPages(): Promise<TopicPage[]> {
  const entries = await getCollection('docs');
  return entries
    .flatMap((entry) => {
      const topic = entry.data.topic ? topicById(entry.data.topic) : undefined;
      if (!topic) return [];
      const slug = entry.id === 'index' ? '' : entry.id;
      const order = TOPICS.findIndex((candidate) => candidate.id === topic.id);
      return [
        {
          slug,
          title: entry.data.title,
          topic,
          href: pagePath(slug),
          order,
          parsed: parseEntry(entry.id, entry.digest === undefined ? undefined : String(entry.digest), entry.body ?? ''),
        },
      ];
    })
    .sort((a, b) => a.order - b.order);
}

/** The page that quotes the paragraph starting at `line`. */
export function pageQuoting(pages: TopicPage[], line: number): TopicPage | undefined {
  return pages.find((page) => page.parsed.paragraphs.some((paragraph) => paragraph.line === line));
}
