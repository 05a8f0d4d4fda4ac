import { metricChart } from '../charts/metric-chart.ts';
import { quarterLabel } from '../model/calls.ts';
import type { ResolvedChart } from '../charts/resolve-chart.ts';
import type { CallTopic } from '../schemas/call.ts';
import { getCalls } from './calls.ts';
import { getPlacedFigures, type PlacedFigure } from './figures.ts';
import { getTopicPages, type TopicPage } from './topic-pages.ts';

/**
 * A topic across calls: each call's page on it (newest first), its figures, and the metrics its
 * figures name, over the quarters (a metric's figures of every call, on whichever page each call has it).
 */
export interface TopicAcrossCalls {
  id: string;
  /** The newest call's label and summary for it. */
  topic: CallTopic;
  pages: { page: TopicPage; figures: PlacedFigure[] }[];
  metrics: { metric: string; figures: PlacedFigure[]; chart?: ResolvedChart }[];
}

/** Topics that gather nothing comparable: the overview and the question index. */
const NOT_COMPARED = new Set(['overview', 'qa']);

/** Every topic of every call (by id), in the newest call's order, then the others'. */
export async function getTopicsAcrossCalls(): Promise<TopicAcrossCalls[]> {
  const [calls, pages, figures] = await Promise.all([getCalls(), getTopicPages(), getPlacedFigures()]);
  const ids = [...new Set(calls.flatMap((call) => call.data.topics.map((topic) => topic.id)))].filter((id) => !NOT_COMPARED.has(id));
  return ids.flatMap((id) => {
    const topicPages = pages.filter((page) => page.topic.id === id);
    const [newest] = topicPages;
    if (!newest) return [];
    const withFigures = topicPages.map((page) => ({ page, figures: figures.filter((placed) => placed.page.id === page.id) }));
    const topicFigures = withFigures.flatMap((entry) => entry.figures);
    const metrics = [...new Set(topicFigures.flatMap(({ figure }) => (figure.metric ? [figure.metric] : [])))].map((metric) => {
      // Every call's figure of the metric, wherever its call put it; oldest quarter first, as a series is read.
      const series = figures.filter(({ figure }) => figure.metric === metric).reverse();
      const chart = metricChart(
        metric,
        series.map(({ call, figure }) => ({ quarter: quarterLabel(call.data), figure })),
      );
      return { metric, figures: series, ...(chart ? { chart } : {}) };
    });
    return [{ id, topic: newest.topic, pages: withFigures, metrics }];
  });
}
