import { z } from 'astro/zod';
import { parseLineRanges } from '../transcript/line-ranges.ts';

/** The frontmatter key that lists the source lines a page quotes. */
export const SOURCE_LINES_KEY = 'sourceLines';

/**
 * The project's own frontmatter fields, on top of Starlight's docsSchema.
 * Topic pages quote the transcript and have `topic` and `sourceLines`; reference pages
 * (key figures, glossary) quote nothing and have neither. The transcript check demands
 * `sourceLines` from every page that quotes a paragraph.
 */
export const pageFields = z.object({
  /** Required (Starlight makes it optional): search results and link previews show it. */
  description: z.string().min(1, 'every page needs a one-sentence description'),
  /** The topic of a topic page, an id of its call's `topics` in call.yaml (the transcript check verifies it); reference pages have none. */
  topic: z
    .string()
    .regex(/^[a-z0-9-]+$/, 'topic is an id of the topics in call.yaml, e.g. aws')
    .optional(),
  /** The source lines the page quotes, e.g. "8-18, 27-30". The transcript check verifies it. */
  sourceLines: z
    .string()
    .superRefine((value, context) => {
      const parsed = parseLineRanges(value);
      if ('error' in parsed) context.addIssue({ code: 'custom', message: parsed.error });
    })
    .optional(),
});
