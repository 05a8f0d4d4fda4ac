import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

/**
 * The browser tab of a page whose title already names the site (「亚马逊财报电话会精华」,
 * 「亚马逊 2025 年第三季度财报电话会精华」) reads that title alone, never 「… | 财报电话会精华」.
 */
export const onRequest = defineRouteMiddleware(({ locals }) => {
  const route = locals.starlightRoute;
  if (!route.entry.data.title.includes(route.siteTitle)) return;
  const title = route.head.find((tag) => tag.tag === 'title');
  if (title) title.content = route.entry.data.title;
});
