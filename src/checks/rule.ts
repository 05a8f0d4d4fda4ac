import type { Content } from '../model/content.ts';
import type { Problem } from '../utils/problem.ts';

/**
 * One content check: a function of the loaded content that returns typed problems. Rules are
 * listed in src/checks/rules/index.ts in report order: a rule that finds causes (a page that
 * does not parse, an edited source) comes before the rules whose findings would follow from them.
 */
export interface Rule {
  id: string;
  /** Which npm script filter runs it: `check:transcript`, `check:figures`; `check:content` runs all. */
  group: 'transcript' | 'figures' | 'glossary' | 'pages';
  /** What it proves, one line (shown by `npm run check:content -- --list`). */
  title: string;
  check: (content: Content) => Problem[];
}
