import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Figure } from '../schemas/figure.ts';
import { metricChart, renderMetricChart } from './metric-chart.ts';

const figure = (value: string, amount: number | undefined, unit = '亿美元'): Figure => ({
  id: 'aws',
  metric: 'aws-revenue',
  measure: '第三季度AWS 营收',
  value,
  period: 'x',
  anchor: 'l4',
  ...(amount === undefined ? {} : { amount, unit }),
});

test('a metric of two calls is drawn over the quarters, each value as the transcript writes it', async () => {
  const chart = metricChart('aws-revenue', [
    { quarter: '2025 年第三季度', figure: figure('330亿美元', 330) },
    { quarter: '2025 年第四季度', figure: figure('356亿美元', 356) },
  ]);
  assert.ok(chart);
  assert.deepEqual(
    chart.bars.map((bar) => [bar.label, bar.value]),
    [
      ['2025 年第三季度', '330亿美元'],
      ['2025 年第四季度', '356亿美元'],
    ],
  );
  const svg = await renderMetricChart(chart);
  const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]);
  for (const value of ['330亿美元', '356亿美元', '2025 年第三季度', '2025 年第四季度']) assert.ok(texts.includes(value), `${value} drawn as text`);
  assert.match(svg, /^<svg role="img" aria-labelledby="chart-metric-aws-revenue-title"/);
});

test('no chart from one call, from figures without amount, or from mixed units', () => {
  assert.equal(metricChart('m', [{ quarter: 'q3', figure: figure('330亿美元', 330) }]), undefined);
  assert.equal(
    metricChart('m', [
      { quarter: 'q3', figure: figure('330亿美元', undefined) },
      { quarter: 'q4', figure: figure('356亿美元', 356) },
    ]),
    undefined,
  );
  assert.equal(
    metricChart('m', [
      { quarter: 'q3', figure: figure('330亿美元', 330) },
      { quarter: 'q4', figure: figure('20%', 20, '%') },
    ]),
    undefined,
  );
});
