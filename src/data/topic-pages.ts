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
      return [{ slug, title: entry.data.title, topic, href: pagePath(slug), order, parsed: parsePage(entry.id, entry.body ?? '') }];
    })
    .sort((a, b) => a.order - b.order);
}

/** The page that quotes the paragraph starting at `line`. */
export function pageQuoting(pages: TopicPage[], line: number): TopicPage | undefined {
  return pages.find((page) => page.parsed.paragraphs.some((paragraph) => paragraph.line === line));
}
