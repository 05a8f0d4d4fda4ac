import { PLACEHOLDER } from '../../model/calls.ts';
import { pageFields, SOURCE_LINES_KEY } from '../../schemas/page.ts';
import { formatLineRanges, parseLineRanges } from '../../transcript/line-ranges.ts';
import type { Problem } from '../../utils/problem.ts';
import type { Rule } from '../rule.ts';
import { homeLine } from './verbatim.ts';

/**
 * The project's frontmatter fields (src/schemas/page.ts) at their lines, and the two that follow
 * from the page's text: a page that quotes the source has a `topic`, and its `sourceLines` lists
 * exactly the lines it quotes. (Starlight's own fields are validated by `astro sync`.)
 */
export const frontmatter: Rule = {
  id: 'frontmatter',
  group: 'pages',
  title: 'topic and sourceLines agree with what a page quotes; title and description are set',
  check: (content) => {
    const problems: Problem[] = [];
    const source = content.source.paragraphs;
    for (const { page } of content.pages.filter((loaded) => !loaded.broken)) {
      const report = (line: number, message: string) => problems.push({ file: page.file, line, rule: 'frontmatter', message });
      const lineOf = (key: string) => page.frontmatterLines[key] ?? 1;
      if (typeof page.frontmatter['title'] !== 'string' || !page.frontmatter['title']) report(1, 'frontmatter has no title: add title: 页面标题');
      for (const [key, value] of Object.entries(page.frontmatter))
        if (typeof value === 'string' && value.includes(PLACEHOLDER))
          report(lineOf(key), `${key} still says ${PLACEHOLDER}: write it (readers would see the placeholder)`);
      const fields = pageFields.safeParse(page.frontmatter);
      if (!fields.success) {
        for (const issue of fields.error.issues) {
          const key = String(issue.path[0] ?? '');
          if (key === SOURCE_LINES_KEY) continue; // said below, with what to write
          report(lineOf(key), `${key}: ${issue.message}`);
        }
      }
      const covered = page.paragraphs.flatMap((paragraph) => {
        const line = homeLine(paragraph, source);
        const home = source.find((candidate) => candidate.line === line);
        return home ? Array.from({ length: home.endLine - home.line + 1 }, (_, i) => home.line + i) : [];
      });
      const topicIds = content.call?.topicIds ?? [];
      if (covered.length > 0 && page.frontmatter['topic'] === undefined) {
        report(1, `frontmatter has no topic: a page that quotes the transcript is a topic page; add topic: one of ${topicIds.join(', ')}`);
      }
      const topic = page.frontmatter['topic'];
      if (content.call && typeof topic === 'string' && !topicIds.includes(topic)) {
        report(
          lineOf('topic'),
          `topic "${topic}" is not a topic of this call: use one of ${topicIds.join(', ')}, or add it to the topics of the call's call.yaml`,
        );
      }
      const declared = page.frontmatter[SOURCE_LINES_KEY];
      const write = `write ${SOURCE_LINES_KEY}: '${formatLineRanges(covered)}'`;
      if (declared === undefined || declared === null || String(declared).trim() === '') {
        if (covered.length > 0)
          report(declared === undefined ? 1 : lineOf(SOURCE_LINES_KEY), `frontmatter has no ${SOURCE_LINES_KEY}: ${write} (the lines this page quotes)`);
        continue;
      }
      const parsed = parseLineRanges(String(declared));
      if ('error' in parsed) {
        report(lineOf(SOURCE_LINES_KEY), `${SOURCE_LINES_KEY}: ${parsed.error}; ${write}`);
        continue;
      }
      const actual = formatLineRanges(covered);
      const wanted = formatLineRanges(parsed.lines.filter((line) => source.some((p) => p.line <= line && line <= p.endLine)));
      if (actual !== wanted)
        report(lineOf(SOURCE_LINES_KEY), `${SOURCE_LINES_KEY} says "${String(declared)}" but the page quotes lines "${actual || 'none'}": ${write}`);
    }
    return problems;
  },
};
