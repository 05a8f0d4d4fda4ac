import { defineMiddleware } from 'astro:middleware';
import { problems } from 'virtual:site';
import { ContentProblems } from './checks/content-problems.ts';
import { cspMetaFirst } from './security/csp-meta-first.ts';

/**
 * Every HTML page gets its Content-Security-Policy `<meta>` first in `<head>` (src/security/csp-meta-first.ts).
 * In `astro dev`, while the content has problems, every page is Astro's error overlay listing them
 * (file:line first): a reload keeps them in view until they are fixed.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  if (problems) throw new ContentProblems(problems.summary, problems.lines);
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(cspMetaFirst(await response.text()), response);
});
