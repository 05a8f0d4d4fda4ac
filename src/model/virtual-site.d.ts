declare module 'virtual:site' {
  /** The content model as the pages render it (src/model/render-data.ts), served by src/integrations/site-model.ts. */
  export const site: import('./render-data.ts').RenderData;
  /** The content problems of the last check (`astro dev` only: a build with problems stops before it renders). */
  export const problems: { summary: string; lines: string[] } | undefined;
}
