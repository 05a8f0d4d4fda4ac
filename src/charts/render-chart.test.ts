import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FIXTURE_CONTENT } from '../../tests/support/fixture-site.ts';
import { loadSite } from '../model/site.ts';
import { renderChart } from './render-chart.ts';
import { resolveChart } from './resolve-chart.ts';

const call = loadSite(FIXTURE_CONTENT).calls.find((candidate) => candidate.charts.length > 0);
assert.ok(call, 'a fixture call with charts');
const CHARTS = call.charts;
const figures = call.content.figures.entries.map(({ entry }) => entry);

describe('charts', () => {
  for (const definition of CHARTS) {
    it(`renders "${definition.id}" as a labelled SVG with its numbers as text`, async () => {
      const { chart, svg } = await renderChart(definition, figures);
      assert.match(svg, /^<svg role="img" aria-labelledby="chart-[\w-]+-title" aria-describedby="chart-[\w-]+-desc"/);
      assert.ok(svg.includes(`<title id="chart-${definition.id}-title">${definition.title}</title>`));
      const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]);
      for (const bar of chart.bars) {
        assert.ok(texts.includes(bar.value), `value ${bar.value} drawn as text`);
        assert.ok(texts.includes(bar.label), `label ${bar.label} drawn as text`);
      }
      assert.doesNotMatch(svg, /style=|<script/, 'no inline style or script (Content-Security-Policy)');
    });
  }

  it('refuses an unknown figure, a figure without amount and mixed units', () => {
    const chart = (...figure: string[]) => ({ id: 't', title: 't', bars: figure.map((id) => ({ figure: id, label: id })) });
    assert.throws(() => resolveChart(chart('no-such-figure'), figures), /names figure "no-such-figure", which is not in the call's figures.yaml/);
    assert.throws(() => resolveChart(chart('q3-eps'), figures), /draws figure "q3-eps", which has no amount/);
    assert.throws(() => resolveChart(chart('q3-revenue', 'aws-growth-rate'), figures), /mixes units \(亿美元, %\)/);
    assert.throws(() => resolveChart(chart('trainium2-growth', 'aws-growth-rate'), figures), /different bases \(环比, 同比\)/);
    // A quarter's flow beside a twelve months' flow (or a run-rate, or a stock): not on one axis.
    assert.throws(
      () => resolveChart(chart('power-capacity-added', 'power-capacity-q4-plan'), figures),
      /puts different kinds of measure on one axis \(过去12个月, 单季\): draw them in separate charts/,
    );
    const withoutSpan = figures.map((figure) => (figure.id === 'aws-revenue' ? { ...figure, span: undefined } : figure));
    assert.throws(() => resolveChart(chart('q3-revenue', 'aws-revenue'), withoutSpan), /draws figure "aws-revenue", which has no span/);
  });
});
