declare module 'virtual:site' {
  /** The content model as the pages render it (src/model/render-data.ts), served by src/integrations/site-model.ts. */
  export const site: import('./render-data.ts').RenderData;
}
