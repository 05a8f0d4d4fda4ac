import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { callLabel, type Call } from './load-calls.ts';
import { pageId } from './paths.ts';
import { FIGURES_SLUG, routeOf, TRANSCRIPT_SLUG } from './routes.ts';

type SidebarItem = { slug: string; label: string } | { link: string; label: string };
export type SidebarGroup = { label: string; items: SidebarItem[]; collapsed?: boolean };

/** The label of the sidebar group of shared pages. */
export const SHARED_GROUP_LABEL = '资料';

/** A page's frontmatter (its topic and slug), read without parsing the MDX; a broken page is left to the checks. */
function frontmatter(file: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
  try {
    return (match ? parse(match[1] ?? '') : {}) ?? {};
  } catch {
    return {};
  }
}

/**
 * The sidebar: a group per call, newest first (its topic pages in the order of its call.yaml,
 * then its key figures and its whole text), and the shared pages. A route middleware
 * (src/route-data/call-sidebar.ts) shows each page only the group of its own call.
 */
export function callsSidebar(calls: Call[], sharedPages: { slug: string; label: string }[]): SidebarGroup[] {
  return [
    ...calls.map((call) => {
      const pages = readdirSync(call.dir)
        .filter((name) => /\.mdx?$/.test(name))
        .map((name) => {
          const data = frontmatter(join(call.dir, name));
          return { id: pageId(join(call.dir, name), data['slug']), data };
        });
      const topics = call.data.topics.flatMap((topic) => {
        const page = pages.find((candidate) => candidate.data['topic'] === topic.id);
        return page ? [{ slug: page.id, label: topic.label }] : [];
      });
      const figures = pages.find((page) => page.id === `${call.id}/${FIGURES_SLUG}`);
      return {
        label: callLabel(call),
        items: [
          ...topics,
          ...(figures ? [{ slug: figures.id, label: '关键数字' }] : []),
          { link: routeOf(`${call.id}/${TRANSCRIPT_SLUG}`), label: '按原顺序阅读全文' },
        ],
      };
    }),
    { label: SHARED_GROUP_LABEL, items: sharedPages.map((page) => ({ link: routeOf(page.slug), label: page.label })) },
  ];
}
