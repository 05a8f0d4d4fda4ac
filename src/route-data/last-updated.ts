import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { lastCommitDate } from '../git/last-commit-date.ts';

/**
 * "最后更新于" from git for every page. Starlight reads git dates only for files under
 * src/content/docs/ when it builds; our pages live in content/docs/, so without this
 * the date would silently be missing from the built site.
 */
export const onRequest = defineRouteMiddleware(({ locals }) => {
  const route = locals.starlightRoute;
  if (route.lastUpdated || route.entry.data.lastUpdated === false || !route.entry.filePath) return;
  route.lastUpdated = lastCommitDate(route.entry.filePath);
});
