import { paragraphId, qaId } from '../../calls/routes.ts';
import type { Problem } from '../../utils/problem.ts';
import type { Rule } from '../rule.ts';
import { homeLine } from './verbatim.ts';

/** The anchors `l<n>` and `q<n>` are unique across the site: a link to `#l9` has one target. */
export const anchors: Rule = {
  id: 'anchors',
  group: 'transcript',
  title: 'every paragraph and Q&A anchor (#l9, #q27) is unique across the site',
  check: (content) => {
    const source = content.source.paragraphs;
    const seen: { id: string; file: string; line: number }[] = [];
    for (const { page } of content.pages.filter((loaded) => !loaded.broken)) {
      // A paragraph whose line is mistyped is reported once, by the verbatim rule, at its real line.
      for (const paragraph of page.paragraphs)
        if (homeLine(paragraph, source) === paragraph.line) seen.push({ id: paragraphId(paragraph.line), file: page.file, line: paragraph.fileLine });
      for (const qa of page.qas) seen.push({ id: qaId(qa.line), file: page.file, line: qa.fileLine });
    }
    const places = new Map<string, string[]>();
    for (const { id, file, line } of seen) places.set(id, [...(places.get(id) ?? []), `${file}:${line}`]);
    return seen.flatMap(({ id, file, line }): Problem[] => {
      const all = places.get(id) ?? [];
      return all.length > 1 ? [{ file, line, rule: 'anchors', message: `anchor #${id} is not unique: it is at ${all.join(' and ')}` }] : [];
    });
  },
};
