import type { Rule } from '../rule.ts';
import { anchors } from './anchors.ts';
import { characters } from './characters.ts';
import { figureComparisons } from './figure-comparisons.ts';
import { figures } from './figures.ts';
import { frontmatter } from './frontmatter.ts';
import { glossary } from './glossary.ts';
import { grammar } from './grammar.ts';
import { misquote } from './misquote.ts';
import { publication } from './publication.ts';
import { quotationMarks } from './quotation-marks.ts';
import { slugs } from './slugs.ts';
import { sourcePin } from './source-pin.ts';
import { syntax } from './syntax.ts';
import { verbatim } from './verbatim.ts';

/**
 * Every content rule, in report order: causes first (a file that does not parse, an edited
 * source, a misused component, an invisible character), then what follows from the text.
 * A new rule is one file in this folder and one line here.
 */
export const RULES: Rule[] = [
  syntax,
  sourcePin,
  grammar,
  characters,
  publication,
  verbatim,
  misquote,
  quotationMarks,
  anchors,
  frontmatter,
  slugs,
  figures,
  figureComparisons,
  glossary,
];
