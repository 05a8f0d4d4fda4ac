// @ts-check
import { unified } from '@astrojs/markdown-remark';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { offline } from './src/integrations/offline.ts';
import { transcriptCheck } from './src/integrations/transcript-check.ts';
import { remarkBaseLinks } from './src/markdown/remark-base-links.ts';
import { contentSecurityPolicy } from './src/security/content-security-policy.ts';
import { TOPICS } from './src/topics.ts';

const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base,
  security: { csp: contentSecurityPolicy },
  markdown: {
    // remark-gfm for the results table. No smartypants: it would turn the transcript's
    // straight quotes ("物理AI") into curly ones and silently change the quoted text.
    processor: unified({ gfm: false, smartypants: false, remarkPlugins: [remarkGfm, [remarkBaseLinks, { base }]] }),
  },
  vite: {
    build: {
      rolldownOptions: {
        onLog(level, log, handler) {
          // Known upstream noise (withastro/astro#18087): every MDX page warns that the
          // "use astro:head-inject" directive may not be preserved. Harmless; hide it.
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
  integrations: [
    transcriptCheck(),
    starlight({
      title: '亚马逊 2025 年第三季度财报电话会精华',
      description: '亚马逊 2025 年第三季度财报电话会精华版（中文）：AWS、自研芯片、Rufus、柯伊伯计划、Zoox、员工与组织，按主题阅读与搜索。',
      defaultLocale: 'root',
      locales: { root: { label: '简体中文', lang: 'zh-CN' } },
      markdown: { processedDirs: ['./content/docs/'] },
      sidebar: TOPICS.map((topic) => ({ slug: topic.slug || 'index', label: topic.label })),
      tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 3 },
      customCss: ['./src/styles/transcript.css'],
      head: [
        { tag: 'link', attrs: { rel: 'manifest', href: `${base}manifest.webmanifest` } },
        { tag: 'meta', attrs: { name: 'theme-color', content: '#17181c' } },
      ],
    }),
    // After starlight(): the service worker precaches the Pagefind index that Starlight writes at build end.
    offline(),
  ],
});
