import { z } from 'astro/zod';
import { normalizeRoute } from '../calls/routes.ts';

const route = z
  .string()
  .regex(/^\/([a-z0-9-]+\/)*$/, 'a route like /aws/ (starting and ending with /)')
  .transform(normalizeRoute);

/** One entry of `content/redirects.yaml`: an old URL and the page it leads to now. */
export const redirectEntry = z.object({ from: route, to: route }).strict();

export type Redirect = z.infer<typeof redirectEntry>;
