import { getCollection } from 'astro:content';
import { pages as checkedPages } from 'virtual:content-checks/pages';
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
          parsed: parsedEntry(entry),
        },
      ];
    })
    .sort((a, b) => a.order - b.order);
}

/** The page that quotes the paragraph starting at `line`. */
export function pageQuoting(pages: TopicPage[], line: number): TopicPage | undefined {
  return pages.find((page) => page.parsed.paragraphs.some((paragraph) => paragraph.line === line));
}
