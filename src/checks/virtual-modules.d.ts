declare module 'virtual:content-checks/pages' {
  /** The pages parsed by the content checks, by file (`content/docs/aws.mdx`). */
  export const pages: Record<string, import('../transcript/parse-page.ts').ParsedPage>;
}
