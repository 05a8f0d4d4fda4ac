/**
 * The pages shared by all calls, in the sidebar's last group: the list of calls (`/`), the topics
 * across calls (src/pages/topics/) and the glossary (content/docs/glossary.mdx).
 */
export const SHARED_PAGES = [
  { slug: '', label: '全部电话会' },
  { slug: 'topics', label: '跨季度主题' },
  { slug: 'glossary', label: '术语表' },
] as const;
