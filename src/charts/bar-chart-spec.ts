import type { TopLevelSpec } from 'vega-lite';
import type { ResolvedChart } from './resolve-chart.ts';

/** A horizontal bar chart of one unit, each bar labelled with the value as the transcript writes it. */
export function barChartSpec(chart: ResolvedChart): TopLevelSpec {
  // Each bar's label is drawn above the bar, not as an axis label: Vega measures text without a
  // font in Node and underestimates Chinese widths, which would clip labels left of the axis.
  const y = { field: 'label', type: 'nominal', sort: null, axis: null } as const;
  const x = { field: 'amount', type: 'quantitative', title: `单位：${chart.unit}` } as const;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: {
      text: chart.title,
      ...(chart.notes.length > 0 ? { subtitle: chart.notes.map((note) => `${note.measure}：${note.value}`) } : {}),
      anchor: 'start',
    },
    width: 420,
    height: { step: 46 },
    background: 'white',
    padding: { left: 8, right: 56, top: 8, bottom: 8 },
    data: { values: chart.bars },
    layer: [
      { mark: { type: 'bar', aria: false, color: '#3b5bdb', size: 18, yOffset: 6 }, encoding: { y, x } },
      {
        mark: { type: 'text', aria: false, align: 'left', baseline: 'bottom', dy: -4, fontSize: 13, color: '#222' },
        encoding: { y, x: { datum: 0 }, text: { field: 'label' } },
      },
      {
        mark: { type: 'text', aria: false, align: 'left', dx: 4, dy: 6, fontSize: 13, fontWeight: 'bold', color: '#222' },
        encoding: { y, x, text: { field: 'value' } },
      },
    ],
    config: {
      aria: false,
      font: 'system-ui, "PingFang SC", "Noto Sans CJK SC", sans-serif',
      axis: { labelFontSize: 12, titleFontSize: 12, titleFontWeight: 'normal', labelColor: '#333', titleColor: '#333' },
      title: { fontSize: 15, subtitleFontSize: 13, color: '#111', subtitleColor: '#333' },
      view: { stroke: null },
    },
  };
}
