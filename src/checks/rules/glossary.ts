import type { Problem } from '../../utils/problem.ts';
import type { Rule } from '../rule.ts';

/**
 * `content/glossary.yaml`: valid YAML and schema at the line of the field; ids, Chinese names
 * and English names are each unique (a duplicate id silently loses an entry; a duplicate name
 * makes two entries a reader cannot tell apart).
 */
export const glossary: Rule = {
  id: 'glossary',
  group: 'glossary',
  title: 'the glossary is valid YAML, its entries valid, ids and names unique',
  check: (content) => {
    const { file, entries } = content.glossary;
    const problems: Problem[] = [...content.glossary.problems];
    for (const field of ['zh', 'en'] as const) {
      const seen = new Map<string, { id: string; line: number }>();
      for (const { entry, fileLine, fieldLines } of entries) {
        const name = entry[field].toLowerCase().replace(/\s+/g, '');
        const first = seen.get(name);
        if (first) {
          problems.push({
            file,
            line: fieldLines[field] ?? fileLine,
            rule: 'glossary',
            message: `${entry.id}: ${field} "${entry[field]}" is also the ${field} of "${first.id}" at line ${first.line}: merge the two entries, or tell them apart`,
          });
        } else seen.set(name, { id: entry.id, line: fileLine });
      }
    }
    // A term leads readers to a topic (its newest call's page): one that some call has.
    // (A bare fixture has no call file: its pages name the topics, unless one does not parse.)
    const topics = new Set(content.siteTopicIds ?? content.pages.map(({ page }) => page.frontmatter['topic']).filter((topic) => typeof topic === 'string'));
    if (!content.siteTopicIds && content.pages.some((page) => page.broken)) return problems;
    for (const { entry, fileLine, fieldLines } of entries) {
      if (!topics.has(entry.page))
        problems.push({
          file,
          line: fieldLines.page ?? fileLine,
          rule: 'glossary',
          message: `${entry.id}: page "${entry.page}" is not a topic of any call: use one of ${[...topics].join(', ')}`,
        });
    }
    return problems;
  },
};
