/**
 * The charts of the key figures page. A chart names figures of `content/figures.yaml` by id;
 * every number it draws comes from there (and so is checked against the transcript).
 */
export interface ChartDefinition {
  id: string;
  /** The chart's title, also its accessible name. */
  title: string;
  /** The bars, top to bottom: a figure id with an `amount`, and the bar's label. All in one unit. */
  bars: { figure: string; label: string }[];
  /** Figures stated under the title rather than drawn (a different unit, say). */
  notes?: string[];
}

export const CHARTS: ChartDefinition[] = [
  {
    id: 'q3-revenue',
    title: '第三季度营收：总营收与 AWS、广告业务',
    bars: [
      { figure: 'q3-revenue', label: '总营收' },
      { figure: 'q3-aws-revenue', label: 'AWS' },
      { figure: 'q3-advertising-revenue', label: '广告业务' },
    ],
  },
  {
    id: 'aws-scale',
    title: 'AWS：季度营收、年化营收规模与积压订单',
    bars: [
      { figure: 'q3-aws-revenue', label: '第三季度营收' },
      { figure: 'aws-annualized-revenue', label: '年化营收规模' },
      { figure: 'aws-backlog', label: '积压订单' },
    ],
    notes: ['aws-growth-rate'],
  },
  {
    id: 'capacity',
    title: 'AWS 电力容量：新增与计划新增',
    bars: [
      { figure: 'power-capacity-added', label: '过去12个月新增' },
      { figure: 'power-capacity-q4-plan', label: '第四季度计划新增' },
    ],
  },
  {
    id: 'rufus-growth',
    title: 'Rufus：月活跃用户与互动量的增长',
    bars: [
      { figure: 'rufus-interaction-growth', label: '互动量增长' },
      { figure: 'rufus-monthly-active-growth', label: '月活跃用户同比增长' },
    ],
    notes: ['rufus-conversion-uplift'],
  },
  {
    id: 'rainier',
    title: 'Project Rainier 的 Trainium 2 芯片：现在与年底',
    bars: [
      { figure: 'rainier-chips-now', label: '目前' },
      { figure: 'rainier-chips-year-end', label: '年底（预计）' },
    ],
    // Trainium 2's growth is quarter on quarter: stated beside the chart, not drawn against Rufus's year-on-year growth.
    notes: ['trainium2-growth'],
  },
];
