import { getCollection } from 'astro:content';
import { figureLine, type Figure } from '../schemas/figure.ts';
import type { Topic } from '../topics.ts';
import { pagePath } from '../utils/url.ts';
import { getTopicPages, pageQuoting, type TopicPage } from './topic-pages.ts';

/** A figure with the page that quotes its paragraph and the link to that paragraph. */
export interface PlacedFigure {
  figure: Figure;
  line: number;
  /** Where its value stands in the paragraph: figures of one paragraph are listed in reading order. */
  position: number;
  page: TopicPage;
  href: string;
}

let builtFigures: Promise<PlacedFigure[]> | undefined;

/**
 * The figures of `content/figures.yaml`, in the order the call states them, each placed on the
 * page that quotes its paragraph. Every topic page's figures box asks for them: a production
 * build, whose content does not change, works them out once; `astro dev` every time.
 */
export function getPlacedFigures(): Promise<PlacedFigure[]> {
  if (import.meta.env.DEV) return placeFigures();
  builtFigures ??= placeFigures();
  return builtFigures;
}

async function placeFigures(): Promise<PlacedFigure[]> {
  const [entries, pages] = await Promise.all([getCollection('figures'), getTopicPages()]);
  return entries
    .flatMap(({ data: figure }) => {
      const line = figureLine(figure);
      const page = pageQuoting(pages, line);
      // The content checks prove each anchor names a source paragraph that a page quotes, and fail
      // the build otherwise; in `astro dev` they print the problem, and the page leaves the figure out.
      if (!page) return [];
      const text = page.parsed.paragraphs.find((paragraph) => paragraph.line === line)?.text ?? '';
      return [{ figure, line, position: text.indexOf(figure.value), page, href: pagePath(page.slug, figure.anchor) }];
    })
    .sort((a, b) => a.line - b.line || a.position - b.position);
}

/** Figures grouped by the topic of their page, in the order of the topic list. */
export function groupByTopic(figures: PlacedFigure[]): { topic: Topic; page: TopicPage; figures: PlacedFigure[] }[] {
  const groups = new Map<string, { topic: Topic; page: TopicPage; figures: PlacedFigure[] }>();
  for (const placed of figures) {
    const group = groups.get(placed.page.topic.id) ?? { topic: placed.page.topic, page: placed.page, figures: [] };
    group.figures.push(placed);
    groups.set(placed.page.topic.id, group);
  }
  return [...groups.values()].sort((a, b) => a.page.order - b.page.order);
}

/**
 * The figures that lead the page `slug`, in their `lead` order: the editors' choice in
 * `content/figures.yaml`. Two figures on one page may not claim the same place.
 */
export function leadFigures(figures: PlacedFigure[], slug: string): PlacedFigure[] {
  return ranked(
    figures.filter(({ figure, page }) => page.slug === slug && figure.lead !== undefined),
    ({ figure }) => figure.lead,
    `lead on the page /${slug}`,
  );
}

/** The call's headline figures, in their `headline` order. */
export function headlineFigures(figures: PlacedFigure[]): PlacedFigure[] {
  return ranked(
    figures.filter(({ figure }) => figure.headline !== undefined),
    ({ figure }) => figure.headline,
    'headline',
  );
}

function ranked(figures: PlacedFigure[], rank: (placed: PlacedFigure) => number | undefined, what: string): PlacedFigure[] {
  const sorted = [...figures].sort((a, b) => (rank(a) ?? 0) - (rank(b) ?? 0));
  sorted.forEach((placed, index) => {
    const previous = sorted[index - 1];
    if (previous && rank(previous) === rank(placed))
      throw new Error(
        `content/figures.yaml: ${previous.figure.id} and ${placed.figure.id} both claim place ${rank(placed)} as ${what}: give each its own place`,
      );
  });
  return sorted;
}
