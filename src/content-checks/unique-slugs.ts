import { pageId } from '../calls/paths.ts';
import type { ParsedPage } from '../transcript/parse-page.ts';
import type { Problem } from '../transcript/problem.ts';

/**
 * Two pages claiming one slug: Astro only warns and keeps one of them, so the other page
 * would silently disappear from the site. Reported at each page's `slug:` line.
 */
export function duplicateSlugs(pages: ParsedPage[]): Problem[] {
  const bySlug = new Map<string, ParsedPage[]>();
  for (const page of pages) {
    const slug = pageId(page.file, page.frontmatter['slug']);
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), page]);
  }
  return [...bySlug].flatMap(([slug, claimants]) =>
    claimants.length < 2
      ? []
      : claimants.map((page) => ({
          file: page.file,
          line: page.frontmatterLines['slug'] ?? 1,
          message: `slug "${slug}" is also claimed by ${claimants
            .filter((other) => other !== page)
            .map((other) => other.file)
            .join(', ')}: every page needs its own slug (the URL /${slug}/); change or remove its "slug:" line`,
        })),
  );
}
