import { z } from 'astro/zod';

/** The most figures a key-figures box or the headline strip shows. */
export const MAX_LEAD_FIGURES = 6;

/** One entry of a call's `figures.yaml` (`content/calls/<call-id>/figures.yaml`): a number the call states, and where it states it. */
export const figureEntry = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'id is a lower-case ASCII slug, e.g. aws-revenue'),
    /** What the number is across quarters (aws-revenue): figures of several calls with one metric are charted over the quarters. */
    metric: z
      .string()
      .regex(/^[a-z0-9-]+$/, 'metric is a lower-case ASCII slug, e.g. aws-revenue')
      .optional(),
    /** What the number measures, in editorial Chinese: 「AWS 营收」. */
    measure: z.string().min(1),
    /** The number and its unit exactly as the paragraph writes them: 「330亿美元」, 「超3.8吉瓦」. */
    value: z.string().min(1),
    /** The period or moment the number refers to: 「2025年第三季度」. */
    period: z.string().min(1),
    /** The anchor of the paragraph that states it: `l4`. */
    anchor: z.string().regex(/^l[1-9]\d*$/, 'anchor is a paragraph anchor like l4'),
    /** For charts: the value as a number, in `unit` (330 with unit 亿美元). Written in `value`. */
    amount: z.number().optional(),
    unit: z.string().min(1).optional(),
    /**
     * For a chart: what stretch of time the amount counts (单季 a quarter's flow, 过去12个月 a flow
     * over twelve months, 年化 an annualised run-rate, 时点 a stock at one moment). A chart draws
     * one kind on its axis. Not for a change in % (its `basis` says what it compares).
     */
    span: z.enum(['单季', '过去12个月', '年化', '时点']).optional(),
    /** For a change: what it compares with, where the source says so (同比 year on year, 环比 quarter on quarter). */
    basis: z.enum(['同比', '环比']).optional(),
    /**
     * Editorial: the figure's place (1 first) in the key-figures box of the page that quotes it.
     * Only figures with `lead` are in the box (at most 6 a page, each place once); all are on /figures/.
     */
    lead: z.number().int().min(1).max(MAX_LEAD_FIGURES).optional(),
    /** Editorial: the figure's place (1 first) in the call's headline figures on its overview page. */
    headline: z.number().int().min(1).max(MAX_LEAD_FIGURES).optional(),
    /**
     * The figure the same source sentence compares this one with, shown on its tile: 1.95美元 with
     * 「分析师平均预期 1.57美元」 (`figure`: that figure's id; `label`: what it is, in editorial Chinese).
     */
    against: z
      .object({ figure: z.string().min(1), label: z.string().min(1) })
      .strict()
      .optional(),
  })
  .strict()
  .refine((figure) => (figure.amount === undefined) === (figure.unit === undefined), {
    message: 'amount and unit go together: give both (for a chart) or neither',
    path: ['amount'],
  });

export type Figure = z.infer<typeof figureEntry>;

/** The source line of a figure's paragraph: `l4` → 4. */
export function figureLine(figure: Pick<Figure, 'anchor'>): number {
  return Number(figure.anchor.slice(1));
}
