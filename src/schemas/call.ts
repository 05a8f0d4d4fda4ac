import { z } from 'astro/zod';

const slug = (example: string) => z.string().regex(/^[a-z0-9-]+$/, `a lower-case ASCII id, e.g. ${example}`);

/** A topic of one call: pages of the call declare it in `topic:`; the same id in two calls makes them comparable. */
export const callTopic = z
  .object({
    id: slug('aws'),
    /** The name in the sidebar and on cards: 「AWS」, 「芯片」. */
    label: z.string().min(1),
    /**
     * One sentence for the cards of the call's overview; the overview's own says what happened in
     * the call (the home page leads with it).
     */
    summary: z.string().min(1),
  })
  .strict();

/**
 * `content/calls/<call-id>/call.yaml`: what the call is, where its source comes from, and its
 * topics in reading order (the order of the list is the order of the sidebar and the cards).
 */
export const callEntry = z
  .object({
    /** An id of `content/companies.yaml`. */
    company: slug('amazon'),
    fiscalYear: z.number().int().min(1990).max(2200),
    quarter: z.number().int().min(1).max(4),
    /** The day of the call, YYYY-MM-DD (written without quotes or with). */
    date: z.union([z.date(), z.string()]).transform((value, context) => {
      const text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
      if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(Date.parse(text))) {
        context.addIssue({ code: 'custom', message: 'date is the day of the call as YYYY-MM-DD, e.g. 2025-10-30' });
        return z.NEVER;
      }
      return text;
    }),
    /** The language of the source text: zh-CN. */
    language: z.string().regex(/^[a-z]{2}(-[A-Z][A-Za-z]+)?$/, 'a language tag such as zh-CN'),
    /** The call's title, as on its overview page. */
    title: z.string().min(1),
    source: z
      .object({
        /** The SHA-256 of source.txt: the check fails when the file changes. */
        sha256: z.string().regex(/^[0-9a-f]{64}$/, 'the SHA-256 of source.txt in lower-case hex (sha256sum source.txt)'),
        /** Who compiled or translated the text, as the source credits it. */
        credit: z.string().min(1),
        /** Where it was published. */
        publisher: z.string().min(1),
        url: z.url().optional(),
      })
      .strict(),
    topics: z.array(callTopic).min(1, 'list at least the topic of the overview page'),
  })
  .strict();

export type CallData = z.infer<typeof callEntry>;
export type CallTopic = z.infer<typeof callTopic>;

/** `content/companies.yaml`: the companies whose calls the site publishes. */
export const companyEntry = z
  .object({
    id: slug('amazon'),
    /** The Chinese name: 「亚马逊」. */
    name: z.string().min(1),
    /** The English name: 「Amazon」. */
    nameEn: z.string().min(1),
  })
  .strict();

export type Company = z.infer<typeof companyEntry>;
