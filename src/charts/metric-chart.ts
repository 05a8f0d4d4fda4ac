import type { Figure } from '../schemas/figure.ts';
import { barChartSpec } from './bar-chart-spec.ts';
import { renderSvg } from './render-svg.ts';
import { describeChart, type ResolvedChart } from './resolve-chart.ts';

/** One call's figure for a metric: the quarter it belongs to and the figure. */
export interface MetricPoint {
  /** The call's quarter: 「2025 年第三季度」. */
  quarter: string;
  figure: Figure;
}

/**
 * A metric over the quarters (oldest first), when two or more calls report it with an amount in
 * one unit; otherwise undefined (the page then says what will be plotted).
 */
export function metricChart(metric: string, points: MetricPoint[]): ResolvedChart | undefined {
  const drawn = points.filter(({ figure }) => figure.amount !== undefined);
  const units = new Set(drawn.map(({ figure }) => figure.unit));
  const [unit] = units;
  if (drawn.length < 2 || units.size !== 1 || unit === undefined) return undefined;
  const measure = drawn[0]?.figure.measure.replace(/^(20\d\d年)?第[一二三四]季度/, '') ?? metric;
  return {
    id: `metric-${metric}`,
    title: `${measure}：各季度`,
    unit,
    bars: drawn.map(({ quarter, figure }) => ({ label: quarter, amount: figure.amount ?? 0, value: figure.value, anchor: figure.anchor })),
    notes: [],
    figures: drawn.map(({ figure }) => figure),
  };
}

/** The chart as a static, accessible SVG (same rules as the key figures charts). */
export function renderMetricChart(chart: ResolvedChart): Promise<string> {
  return renderSvg(barChartSpec(chart), { id: `chart-${chart.id}`, title: chart.title, description: describeChart(chart) });
}
