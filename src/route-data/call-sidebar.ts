import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';
import { SHARED_GROUP_LABEL } from '../calls/sidebar.ts';
import { callOfPath, getCalls } from '../data/calls.ts';

/**
 * The sidebar (src/calls/sidebar.ts) has a group per call: each page shows only the group of
 * its own call, expanded, and the shared pages; a shared page shows the newest call's group.
 * Other calls are one click away in the call switch above the sidebar.
 */
export const onRequest = defineRouteMiddleware(async (context) => {
  const route = context.locals.starlightRoute;
  const calls = await getCalls();
  const call = callOfPath(context.url.pathname, calls) ?? calls[0];
  route.sidebar = route.sidebar.filter((entry) => entry.type === 'group' && (entry.label === call?.label || entry.label === SHARED_GROUP_LABEL));
  // Previous and next page within what the reader sees: never into another call.
  const links = flatten(route.sidebar);
  const index = links.findIndex((link) => link.isCurrent);
  if (index >= 0) route.pagination = { prev: links[index - 1], next: links[index + 1] };
});

type Entry = StarlightRouteData['sidebar'][number];
type Link = Extract<Entry, { type: 'link' }>;

function flatten(entries: Entry[]): Link[] {
  return entries.flatMap((entry) => (entry.type === 'link' ? [entry] : flatten(entry.entries)));
}
