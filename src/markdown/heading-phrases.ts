import type { Element, ElementContent } from 'hast';
import type { HastPluginDefinition } from 'satteri';
import { phrases } from '../typography/phrases.ts';

/**
 * Cuts the text of the content's headings into phrases that a line break may not split (as the
 * page title is, src/components/Phrases.astro): on a phone 「与 FTC 的和解」 wraps between
 * phrases, never 「和 / 解」. The heading's text is unchanged; each phrase is a `.phrase` span.
 * A Sätteri HAST plugin (Astro's Markdown processor).
 */
export const headingPhrases: HastPluginDefinition = {
  name: 'heading-phrases',
  element: {
    filter: ['h2', 'h3', 'h4'],
    visit: (node) =>
      ({
        ...node,
        children: node.children.flatMap((child): ElementContent[] =>
          child.type !== 'text'
            ? [child]
            : phrases(child.value).map((phrase): ElementContent =>
                /^\s+$/.test(phrase)
                  ? { type: 'text', value: phrase }
                  : { type: 'element', tagName: 'span', properties: { className: ['phrase'] }, children: [{ type: 'text', value: phrase }] },
              ),
        ),
      }) as Element,
  },
};
