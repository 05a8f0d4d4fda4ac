import { figureLine, type Figure } from '../schemas/figure.ts';
import { pagePath } from '../utils/url.ts';
import { getCalls, type SiteCall } from './calls.ts';
import { getTopicPages, pageQuoting, passageName, type TopicPage } from './topic-pages.ts';

/** A figure with the page that quotes its paragraph and the link to that paragraph. */
export interface PlacedFigure {
  figure: Figure;
  call: SiteCall;
  line: number;
  /** Where its value stands in the paragraph: figures of one paragraph are listed in reading order. */
  position: number;
  page: TopicPage;
  href: string;
  /** How readers know its paragraph: the heading it stands under (./topic-pages.ts). */
  passage: string;
}

let builtFigures: Promise<PlacedFigure[]> | undefined;

/**
 * The figures of every call's `figures.yaml`, newest call first and in the order each call states
 * them, each placed on the page of its call that quotes its paragraph. Every topic page's figures
 * box asks for them: worked out once per module (in `astro dev` a content change replaces
 * `virtual:site`, and so this module).
 */
export function getPlacedFigures(): Promise<PlacedFigure[]> {
  builtFigures ??= placeFigures();
  return builtFigures;
}

async function placeFigures(): Promise<PlacedFigure[]> {
  const calls = await getCalls();
  const callOrder = calls.map((call) => call.id);
  const perCall = await Promise.all(
    calls.map(async (call) => {
      const pages = await getTopicPages(call.id);
      return call.figures.flatMap((figure): PlacedFigure[] => {
        const line = figureLine(figure);
        const page = pageQuoting(pages, line);
        // The content checks prove each anchor names a source paragraph that a page of its call
        // quotes, and fail the build otherwise; in `astro dev` they print the problem, and the page
        // leaves the figure out.
        if (!page) return [];
        const text = page.parsed.paragraphs.find((paragraph) => paragraph.line === line)?.text ?? '';
        return [{ figure, call, line, position: text.indexOf(figure.value), page, href: pagePath(page.id, figure.anchor), passage: passageName(page, line) }];
      });
    }),
  );
  return perCall.flat().sort((a, b) => callOrder.indexOf(a.call.id) - callOrder.indexOf(b.call.id) || a.line - b.line || a.position - b.position);
}

/** Figures grouped by the topic of their page, in the order of the call's topic list. */
export function groupByTopic(figures: PlacedFigure[]): { topic: TopicPage['topic']; page: TopicPage; figures: PlacedFigure[] }[] {
  const groups = new Map<string, { topic: TopicPage['topic']; page: TopicPage; figures: PlacedFigure[] }>();
  for (const placed of figures) {
    const group = groups.get(placed.page.id) ?? { topic: placed.page.topic, page: placed.page, figures: [] };
    group.figures.push(placed);
    groups.set(placed.page.id, group);
  }
  return [...groups.values()].sort((a, b) => a.page.order - b.page.order);
}

/**
 * The figures that lead the page `id` (`amazon-2025-q3/aws`), in their `lead` order: the editors'
 * choice in the call's `figures.yaml`. Two figures on one page may not claim the same place.
 */
export function leadFigures(figures: PlacedFigure[], id: string): PlacedFigure[] {
  return ranked(
    figures.filter(({ figure, page }) => page.id === id && figure.lead !== undefined),
    ({ figure }) => figure.lead,
    `lead on the page /${id}/`,
  );
}

/** A call's headline figures, in their `headline` order. */
export function headlineFigures(figures: PlacedFigure[], callId: string): PlacedFigure[] {
  return ranked(
    figures.filter(({ figure, call }) => call.id === callId && figure.headline !== undefined),
    ({ figure }) => figure.headline,
    `headline of ${callId}`,
  );
}

function ranked(figures: PlacedFigure[], rank: (placed: PlacedFigure) => number | undefined, what: string): PlacedFigure[] {
  const sorted = [...figures].sort((a, b) => (rank(a) ?? 0) - (rank(b) ?? 0));
  sorted.forEach((placed, index) => {
    const previous = sorted[index - 1];
    if (previous && rank(previous) === rank(placed))
      throw new Error(
        `content/calls/${placed.call.id}/figures.yaml: ${previous.figure.id} and ${placed.figure.id} both claim place ${rank(placed)} as ${what}: give each its own place`,
      );
  });
  return sorted;
}
