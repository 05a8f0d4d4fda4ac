import type { Figure } from '../schemas/figure.ts';
import { barChartSpec } from './bar-chart-spec.ts';
import type { ChartDefinition } from './charts.ts';
import { renderSvg } from './render-svg.ts';
import { describeChart, resolveChart, type ResolvedChart } from './resolve-chart.ts';

/** A chart's figures and its accessible static SVG. */
export async function renderChart(definition: ChartDefinition, figures: Figure[]): Promise<{ chart: ResolvedChart; svg: string }> {
  const chart = resolveChart(definition, figures);
  const svg = await renderSvg(barChartSpec(chart), { id: `chart-${chart.id}`, title: chart.title, description: describeChart(chart) });
  return { chart, svg };
}
