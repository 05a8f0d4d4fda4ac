import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

export interface SvgLabel {
  /** Prefix for the ids of the SVG's <title> and <desc>. */
  id: string;
  title: string;
  description: string;
}

/**
 * Renders a Vega-Lite spec to a static SVG string at build time (Vega's headless renderer,
 * no browser, no client-side JavaScript) and gives it an accessible name and description.
 */
export async function renderSvg(spec: TopLevelSpec, label: SvgLabel): Promise<string> {
  const view = new View(parse(compile(spec).spec), { renderer: 'none' });
  try {
    return labelSvg(await view.toSVG(), label);
  } finally {
    view.finalize();
  }
}

/** Adds `role="img"`, a <title> and a <desc> to an SVG string. */
export function labelSvg(svg: string, { id, title, description }: SvgLabel): string {
  const open = /^<svg\b[^>]*>/.exec(svg);
  if (!open) throw new Error('renderSvg: Vega returned no <svg> element');
  const tag = open[0].replace(/^<svg\b/, `<svg role="img" aria-labelledby="${id}-title" aria-describedby="${id}-desc"`);
  return `${tag}<title id="${id}-title">${escapeXml(title)}</title><desc id="${id}-desc">${escapeXml(description)}</desc>${svg.slice(open[0].length)}`;
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
