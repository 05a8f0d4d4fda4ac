// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { postBuild } from './src/integrations/post-build.ts';
import { siteModelIntegration } from './src/integrations/site-model.ts';
import { siteUrlNotice } from './src/integrations/site-url-notice.ts';
import { baseLinks } from './src/markdown/base-links.ts';
import { headingPhrases } from './src/markdown/heading-phrases.ts';
import { CALLS_DIR, SHARED_PAGES_DIR } from './src/calls/paths.ts';
import { normalizeRoute } from './src/calls/routes.ts';
import { callsSidebar } from './src/calls/sidebar.ts';
import { siteModel } from './src/model/site.ts';
import { SHARED_PAGES } from './src/reference-pages.ts';
import { EDIT_BASE_URL } from './src/repository.ts';
import { contentSecurityPolicy } from './src/security/content-security-policy.ts';
import { basePath } from './src/utils/base-path.ts';
import { siteUrl } from './src/utils/site-url.ts';

/** BASE_PATH and SITE_URL, checked once: a bad value stops the build with one line that names it. */
function deploySettings() {
  try {
    return { base: basePath(), site: siteUrl() };
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
const { base, site } = deploySettings();
// The content model, loaded once for this process: the checks, the sidebar, the sitemap and the render read it.
const model = siteModel();
/** Pages that are not for search engines: the redirect pages of old URLs and the offline page. */
const notInSitemap = new Set([...model.site.redirects.map((redirect) => redirect.from).filter((route) => route !== '/'), '/offline/']);

export default defineConfig({
  site: site.url,
  base,
  security: { csp: contentSecurityPolicy },
  markdown: {
    // Prism marks code tokens with classes (coloured by src/styles/code.css); Shiki and
    // Expressive Code colour them with style="" attributes, which the CSP blocks.
    syntaxHighlight: 'prism',
    // Sätteri, Astro's native Markdown processor, with GFM for the results table. No smart
    // punctuation: it would turn the transcript's straight quotes ("物理AI") into curly ones and
    // silently change the quoted text.
    processor: satteri({
      features: { gfm: true, smartPunctuation: false },
      hastPlugins: [headingPhrases, baseLinks(base)],
    }),
  },
  vite: {
    build: {
      // Never inline scripts or assets into the HTML: every script is a same-origin file (strict CSP).
      assetsInlineLimit: 0,
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
    // In place of Starlight's own sitemap (it adds none when this one is present): the same, without redirects.
    sitemap({ filter: (page) => !notInSitemap.has(normalizeRoute(new URL(page).pathname.slice(base.length - 1))) }),
    siteUrlNotice(site.notice),
    siteModelIntegration(model),
    // After the pages are written: the output check, _headers, the search index and the service
    // worker, in that order.
    postBuild(model, base),
    starlight({
      title: '财报电话会精华',
      description: '财报电话会中文精华：原文逐字收录，按主题阅读，全文可搜索，也可跨季度对照。',
      defaultLocale: 'root',
      locales: { root: { label: '简体中文', lang: 'zh-CN' } },
      markdown: { processedDirs: [SHARED_PAGES_DIR, CALLS_DIR] },
      sidebar: callsSidebar(model.site, [...SHARED_PAGES]),
      components: {
        MarkdownContent: './src/overrides/MarkdownContent.astro',
        Sidebar: './src/overrides/Sidebar.astro',
        PageTitle: './src/overrides/PageTitle.astro',
        Search: './src/components/search/Search.astro',
      },
      // No preview image: a plain card rather than Starlight's default large-image card.
      head: [
        { tag: 'meta', attrs: { name: 'twitter:card', content: 'summary' } },
        { tag: 'link', attrs: { rel: 'manifest', href: `${base}manifest.webmanifest` } },
        { tag: 'meta', attrs: { name: 'theme-color', content: '#17181c' } },
      ],
      tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 3 },
      customCss: [
        './src/styles/layers.css',
        './src/styles/transcript.css',
        './src/styles/reader.css',
        './src/styles/search.css',
        './src/styles/code.css',
        './src/styles/offline.css',
        './src/styles/print.css',
      ],
      // Search: the site builds its own Pagefind index (src/integrations/search-index.ts)
      // and its own search dialog; see README, 搜索.
      pagefind: false,
      // Code blocks are highlighted by Astro's Prism (markdown.syntaxHighlight above), not by
      // Expressive Code, whose inline styles the CSP blocks.
      expressiveCode: false,
      // The zh-CN 404 page is src/pages/404.astro.
      disable404Route: true,
      editLink: { baseUrl: EDIT_BASE_URL },
      lastUpdated: true,
      routeMiddleware: [
        './src/route-data/call-sidebar.ts',
        './src/search/route-middleware.ts',
        './src/route-data/last-updated.ts',
        './src/route-data/page-title.ts',
      ],
    }),
  ],
});
