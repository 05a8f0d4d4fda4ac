import { formatLineRanges } from '../../transcript/line-ranges.ts';
import type { LoadedPage } from '../../model/content.ts';
import type { Problem } from '../../utils/problem.ts';
import type { Rule } from '../rule.ts';

/** Whether a page reaches readers: not `draft: true`, and not in a file or folder that starts with `_` (the glob loader skips those). */
export function isPublished({ page }: Pick<LoadedPage, 'page'>, docsDir: string): boolean {
  const path = page.file.startsWith(docsDir) ? page.file.slice(docsDir.length) : page.file;
  return page.frontmatter['draft'] !== true && !path.split(/[\\/]/).some((segment) => segment.startsWith('_'));
}

/**
 * Transcript text reaches readers: a page that is not published (a draft, an excluded file) may
 * not hold paragraphs, and a topic page holds at least one (else it publishes an empty page).
 */
export const publication: Rule = {
  id: 'publication',
  group: 'transcript',
  title: 'every quoted paragraph is on a published page; every topic page quotes the transcript',
  check: (content) => {
    const problems: Problem[] = [];
    for (const loaded of content.pages.filter((candidate) => !candidate.broken)) {
      const { page } = loaded;
      const lines = formatLineRanges(page.paragraphs.map((paragraph) => paragraph.line));
      if (page.paragraphs.length > 0 && !isPublished(loaded, content.docsDir)) {
        const draft = page.frontmatter['draft'] === true;
        problems.push({
          file: page.file,
          line: draft ? (page.frontmatterLines['draft'] ?? 1) : 1,
          rule: 'publication',
          message: `${draft ? 'draft: true' : 'the file name starts with "_"'}, so this page is not published, but it quotes source lines ${lines}: those sentences would leave the site. Publish the page, or move its <Para> blocks to a published page first`,
        });
      }
      if (page.frontmatter['topic'] !== undefined && page.paragraphs.length === 0) {
        problems.push({
          file: page.file,
          line: page.frontmatterLines['topic'] ?? 1,
          rule: 'publication',
          message: `topic page without transcript text: it would publish an empty page (and the glossary and sidebar would still point at it). Quote its paragraphs with <Para line={n}>, or retire the page as CONTRIBUTING says (停用主题页)`,
        });
      }
    }
    return problems;
  },
};
