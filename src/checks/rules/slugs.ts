import { relative, sep } from 'node:path';
import { pageId } from '../../calls/paths.ts';
import { idOfPath } from '../../calls/routes.ts';
import type { ParsedPage } from '../../transcript/parse-page.ts';
import type { Problem } from '../../utils/problem.ts';
import type { Rule } from '../rule.ts';

/** The URL slug of a page: its id (src/calls/paths.ts), `amazon-2025-q3/aws`, or its path under a test's docs folder. */
export function pageSlug(page: ParsedPage, docsDir: string): string {
  if (page.file.startsWith('content/')) return pageId(page.file, page.frontmatter['slug']);
  const declared = page.frontmatter['slug'];
  if (declared) return String(declared);
  return idOfPath(relative(docsDir, page.file).split(sep).join('/'));
}

/**
 * Two pages claiming one slug: Astro only warns and keeps one of them, so the other page
 * would silently disappear from the site. Reported at each page's `slug:` line.
 */
export const slugs: Rule = {
  id: 'slugs',
  group: 'pages',
  title: 'every page has its own slug (URL)',
  check: (content) => {
    const bySlug = new Map<string, ParsedPage[]>();
    for (const { page } of content.pages.filter((loaded) => !loaded.broken)) {
      const slug = pageSlug(page, content.docsDir);
      bySlug.set(slug, [...(bySlug.get(slug) ?? []), page]);
    }
    return [...bySlug].flatMap(([slug, claimants]): Problem[] =>
      claimants.length < 2
        ? []
        : claimants.map((page) => ({
            file: page.file,
            line: page.frontmatterLines['slug'] ?? 1,
            rule: 'slugs',
            message: `slug "${slug}" is also claimed by ${claimants
              .filter((other) => other !== page)
              .map((other) => other.file)
              .join(', ')}: every page needs its own slug (the URL /${slug}/); change or remove its "slug:" line`,
          })),
    );
  },
};
