import { defineMiddleware } from 'astro:middleware';
import { cspMetaFirst } from './security/csp-meta-first.ts';

/** Every HTML page gets its Content-Security-Policy `<meta>` first in `<head>` (src/security/csp-meta-first.ts). */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(cspMetaFirst(await response.text()), response);
});
