import type { Figure } from '../schemas/figure.ts';
import type { ChartDefinition } from './charts.ts';

export interface ChartBar {
  label: string;
  amount: number;
  /** The figure's value as the transcript writes it; drawn as the bar's text. */
  value: string;
  anchor: string;
}

export interface ResolvedChart {
  id: string;
  title: string;
  unit: string;
  bars: ChartBar[];
  notes: Figure[];
  /** Every figure the chart shows, for its sources. */
  figures: Figure[];
}

/**
 * Looks up a chart's figures. Throws a clear error for an unknown id, a figure without amount, mixed
 * units, mixed bases (同比 and 环比), or amounts that count different stretches of time (a quarter's
 * revenue, an annualised run-rate, a backlog): one kind of measure per axis.
 */
export function resolveChart(chart: ChartDefinition, figures: Figure[]): ResolvedChart {
  const find = (id: string): Figure => {
    const figure = figures.find((candidate) => candidate.id === id);
    if (!figure) throw new Error(`chart "${chart.id}" names figure "${id}", which is not in the call's figures.yaml`);
    return figure;
  };
  const barFigures = chart.bars.map(({ figure }) => find(figure));
  const units = new Set(barFigures.map((figure) => figure.unit));
  const [unit] = units;
  barFigures.forEach((figure) => {
    if (figure.amount === undefined) throw new Error(`chart "${chart.id}" draws figure "${figure.id}", which has no amount and unit in figures.yaml`);
  });
  if (units.size !== 1 || unit === undefined)
    throw new Error(`chart "${chart.id}" mixes units (${[...units].join(', ')}): the bars of one chart share one unit`);
  const bases = new Set(barFigures.flatMap((figure) => (figure.basis ? [figure.basis] : [])));
  if (bases.size > 1)
    throw new Error(`chart "${chart.id}" compares changes on different bases (${[...bases].join(', ')}): draw them in separate charts, not on one axis`);
  if (unit !== '%') {
    const spanless = barFigures.find((figure) => figure.span === undefined);
    if (spanless) throw new Error(`chart "${chart.id}" draws figure "${spanless.id}", which has no span in figures.yaml (单季, 过去12个月, 年化 or 时点)`);
    const spans = new Set(barFigures.map((figure) => figure.span));
    if (spans.size > 1)
      throw new Error(`chart "${chart.id}" puts different kinds of measure on one axis (${[...spans].join(', ')}): draw them in separate charts`);
  }
  const notes = (chart.notes ?? []).map(find);
  return {
    id: chart.id,
    title: chart.title,
    unit,
    bars: chart.bars.map(({ label }, index) => {
      const figure = barFigures[index] as Figure;
      return { label, amount: figure.amount ?? 0, value: figure.value, anchor: figure.anchor };
    }),
    notes,
    figures: [...new Set([...barFigures, ...notes])],
  };
}

/** The chart's data in one sentence, for its <desc>: what a reader who cannot see it needs. */
export function describeChart(chart: ResolvedChart): string {
  const bars = chart.bars.map((bar) => `${bar.label}：${bar.value}`).join('；');
  const notes = chart.notes.map((note) => `${note.measure}：${note.value}`).join('；');
  return `条形图，单位：${chart.unit}。${bars}。${notes ? `另：${notes}。` : ''}`;
}
