import { z } from 'astro/zod';
import { TOPIC_IDS } from '../topics.ts';
import { parseLineRanges } from '../transcript/line-ranges.ts';

/** The project's own frontmatter fields, on top of Starlight's docsSchema. */
export const pageFields = z.object({
  /** Required (Starlight makes it optional): search results and link previews show it. */
  description: z.string().min(1, 'every page needs a one-sentence description'),
  topic: z.enum(TOPIC_IDS),
  /** The source lines the page quotes, e.g. "8-18, 27-30". The transcript check verifies it. */
  sourceLines: z.string().superRefine((value, context) => {
    const parsed = parseLineRanges(value);
    if ('error' in parsed) context.addIssue({ code: 'custom', message: parsed.error });
  }),
});
