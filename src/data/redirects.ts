import { getCollection } from 'astro:content';
import { normalizeRoute, TRANSCRIPT_SLUG } from '../calls/routes.ts';
import { getCalls } from './calls.ts';

/** The old URLs of content/redirects.yaml, each checked to lead to a page of this build. */
export async function getRedirects(): Promise<{ from: string; to: string }[]> {
  const [redirects, pages, calls] = await Promise.all([getCollection('redirects'), getCollection('docs'), getCalls()]);
  const routes = new Set(['/', ...pages.map((page) => normalizeRoute(page.id)), ...calls.map((call) => normalizeRoute(`${call.id}/${TRANSCRIPT_SLUG}`))]);
  return redirects.map(({ data: { from, to } }) => {
    if (!routes.has(to)) throw new Error(`content/redirects.yaml: "${from}" leads to ${to}, which is no page of the site: correct "to"`);
    if (from !== '/' && routes.has(from))
      throw new Error(`content/redirects.yaml: "${from}" is a page of the site: a redirect would hide it; remove the entry`);
    return { from, to };
  });
}
