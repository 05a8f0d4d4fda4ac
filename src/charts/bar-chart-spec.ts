import type { TopLevelSpec } from 'vega-lite';
import type { ResolvedChart } from './resolve-chart.ts';

/**
 * The whole width of a chart's SVG, in px: the SVG is drawn at this size, never scaled (reader.css),
 * so its text keeps its size. It fits the narrowest phone's column (320 px wide: about 260 px).
 */
export const CHART_WIDTH = 256;

/** A horizontal bar chart of one unit, each bar labelled with the value as the transcript writes it. */
export function barChartSpec(chart: ResolvedChart): TopLevelSpec {
  // Each bar's label is drawn above the bar, not as an axis label: Vega measures text without a
  // font in Node and underestimates Chinese widths, which would clip labels left of the axis.
  const y = { field: 'label', type: 'nominal', sort: null, axis: null } as const;
  const x = { field: 'amount', type: 'quantitative', title: `单位：${chart.unit}` } as const;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    // The bars' width is what is left of CHART_WIDTH beside the values' text: the SVG is drawn at
    // full size in a phone's column, so no text is scaled below its size, nor above the chart's
    // title on a desktop; the title and notes are HTML beside the SVG, where they can wrap.
    // Colours and font are the page's: CSS (reader.css) sets them on the SVG's marks and text.
    width: CHART_WIDTH,
    autosize: { type: 'fit-x', contains: 'padding' },
    height: 48 * chart.bars.length,
    padding: { left: 4, right: 8, top: 4, bottom: 4 },
    background: 'transparent',
    data: { values: chart.bars },
    layer: [
      { mark: { type: 'bar', aria: false, color: 'currentColor', size: 18, yOffset: 6 }, encoding: { y, x } },
      {
        mark: { type: 'text', aria: false, align: 'left', baseline: 'bottom', dy: -7, fontSize: 14, color: 'currentColor' },
        encoding: { y, x: { datum: 0 }, text: { field: 'label' } },
      },
      {
        mark: { type: 'text', aria: false, align: 'left', dx: 4, dy: 6, fontSize: 14, fontWeight: 'bold', color: 'currentColor' },
        encoding: { y, x, text: { field: 'value' } },
      },
    ],
    config: {
      aria: false,
      font: 'system-ui, sans-serif',
      axis: { labelFontSize: 12, titleFontSize: 12, titleFontWeight: 'normal', labelColor: 'currentColor', titleColor: 'currentColor', tickCount: 4 },
      view: { stroke: null },
    },
  };
}
