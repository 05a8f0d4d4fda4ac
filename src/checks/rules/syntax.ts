import { SYNTAX_RULE } from '../../transcript/parse-page.ts';
import type { Rule } from '../rule.ts';

/** What kept a page from being read: not UTF-8, an MDX syntax error, frontmatter that is not YAML. */
export const syntax: Rule = {
  id: SYNTAX_RULE,
  group: 'transcript',
  title: 'every page is UTF-8 text, valid MDX with valid YAML frontmatter',
  check: (content) => content.pages.flatMap(({ page }) => page.problems),
};
