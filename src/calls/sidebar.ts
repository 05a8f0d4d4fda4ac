import type { Site } from '../model/site.ts';
import { callLabel } from '../model/calls.ts';
import { FIGURES_SLUG, routeOf, TRANSCRIPT_SLUG } from './routes.ts';

type SidebarItem = { slug: string; label: string } | { link: string; label: string };
export type SidebarGroup = { label: string; items: SidebarItem[]; collapsed?: boolean };

/** The label of the sidebar group of shared pages. */
export const SHARED_GROUP_LABEL = '资料';

/**
 * The sidebar: a group per call, newest first (its topic pages in the order of its call.yaml,
 * then its key figures and its whole text), and the shared pages. A route middleware
 * (src/route-data/call-sidebar.ts) shows each page only the group of its own call.
 */
export function callsSidebar(site: Site, sharedPages: { slug: string; label: string }[]): SidebarGroup[] {
  return [
    ...site.calls.map((call) => {
      const topics = call.data.topics.flatMap((topic) => {
        const page = call.pages.find((candidate) => candidate.loaded.page.frontmatter['topic'] === topic.id);
        return page ? [{ slug: page.id, label: topic.label }] : [];
      });
      const figures = call.pages.find((page) => page.id === `${call.id}/${FIGURES_SLUG}`);
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
