import type { ChartDefinition } from '../charts/charts.ts';
import type { CallData, Company } from '../schemas/call.ts';
import type { Figure } from '../schemas/figure.ts';
import type { GlossaryEntry } from '../schemas/glossary.ts';
import type { Redirect } from '../schemas/redirect.ts';
import type { ParsedPage } from '../transcript/parse-page.ts';
import type { SourceParagraph } from '../transcript/source.ts';
import type { Site } from './site.ts';

/** A page as the render needs it: its id, title and topic, and its parse. */
export interface RenderPage {
  id: string;
  title: string;
  topic: string | undefined;
  parsed: ParsedPage;
}

export interface RenderCall {
  id: string;
  data: CallData;
  company: Company;
  charts: ChartDefinition[];
  source: SourceParagraph[];
  figures: Figure[];
  /** The pages that parsed (a broken page is reported by the checks, and Astro shows its error). */
  pages: RenderPage[];
}

/** What the pages render from: the content model without file lines and problems, as plain data. */
export interface RenderData {
  calls: RenderCall[];
  /** Every glossary entry, topic words included (search uses them). */
  glossary: GlossaryEntry[];
  redirects: Redirect[];
}

export function renderData(site: Site): RenderData {
  return {
    calls: site.calls.map((call) => ({
      id: call.id,
      data: call.data,
      company: call.company,
      charts: call.charts,
      source: call.content.source.paragraphs,
      figures: call.content.figures.entries.map(({ entry }) => entry),
      pages: call.pages
        .filter((page) => !page.loaded.broken)
        .map(({ id, loaded: { page } }) => ({
          id,
          title: String(page.frontmatter['title'] ?? ''),
          topic: typeof page.frontmatter['topic'] === 'string' ? page.frontmatter['topic'] : undefined,
          parsed: page,
        })),
    })),
    glossary: site.glossary.entries.map(({ entry }) => entry),
    redirects: site.redirects,
  };
}
