import { z } from 'astro/zod';
import { TOPIC_IDS } from '../topics.ts';
import { parseLineRanges } from '../transcript/line-ranges.ts';

/**
 * The project's own frontmatter fields, on top of Starlight's docsSchema.
 * Topic pages quote the transcript and have `topic` and `sourceLines`; reference pages
 * (key figures, glossary) quote nothing and have neither. The transcript check demands
 * `sourceLines` from every page that quotes a paragraph.
 */
export const pageFields = z.object({
  /** Required (Starlight makes it optional): search results and link previews show it. */
  description: z.string().min(1, 'every page needs a one-sentence description'),
  /** The topic of a topic page; reference pages have none. */
  topic: z.enum(TOPIC_IDS).optional(),
  /** The source lines the page quotes, e.g. "8-18, 27-30". The transcript check verifies it. */
  sourceLines: z
    .string()
    .superRefine((value, context) => {
      const parsed = parseLineRanges(value);
      if ('error' in parsed) context.addIssue({ code: 'custom', message: parsed.error });
    })
    .optional(),
});
