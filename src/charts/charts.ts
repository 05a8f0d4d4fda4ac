import { z } from 'astro/zod';

/**
 * A chart of a call's key figures, from the call's `charts.yaml`. It names figures of the call's
 * `figures.yaml` by id; every number it draws comes from there (and so is checked against the transcript).
 */
export const chartDefinition = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'id is a lower-case ASCII slug, e.g. aws-scale'),
    /** The chart's title, also its accessible name. */
    title: z.string().min(1),
    /** The bars, top to bottom: a figure id with an `amount`, and the bar's label. All in one unit. */
    bars: z.array(z.object({ figure: z.string().min(1), label: z.string().min(1) }).strict()).min(1),
    /** Figures stated under the title rather than drawn (a different unit, say). */
    notes: z.array(z.string().min(1)).optional(),
  })
  .strict();

export type ChartDefinition = z.infer<typeof chartDefinition>;
