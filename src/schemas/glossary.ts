import { z } from 'astro/zod';

/**
 * One entry of `content/glossary.yaml`: a product, project, company, person or concept, listed on
 * /glossary/; or a `topic` word (芯片, 员工与组织): another name of a topic page, which search
 * uses as an alias but the glossary does not list (it is a page, not a term).
 */
export const glossaryEntry = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'id is a lower-case ASCII slug, e.g. project-kuiper'),
  zh: z.string().min(1),
  en: z.string().min(1),
  kind: z.enum(['product', 'project', 'organization', 'person', 'concept', 'topic']),
  description: z.string().min(1),
  /** The topic a reader looking for this term wants (a topic id of the calls' call.yaml): the newest call's page on it. */
  page: z.string().regex(/^[a-z0-9-]+$/),
  /** Other names, including English search words. */
  aliases: z.array(z.string().min(1)).default([]),
});

export type GlossaryEntry = z.infer<typeof glossaryEntry>;

/** Whether /glossary/ lists the entry: every term but the topic words, which are pages. */
export function listedInGlossary(entry: Pick<GlossaryEntry, 'kind'>): boolean {
  return entry.kind !== 'topic';
}
