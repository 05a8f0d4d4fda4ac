/**
 * One page of each layout of the fixture site (tests/fixture-site/content/): the checks that
 * depend on a page's template and components, not on its text (axe, CSP violations in the
 * browser, reflow), run once per layout, not once per page. The markup of every page is
 * checked without a browser (tests/site/).
 */
export const LAYOUTS: Record<string, string> = {
  home: '/',
  'call overview (headline figures, topic cards)': '/amazon-2025-q3/',
  'topic page with Q&A and a correction': '/amazon-2025-q3/aws/',
  'figures with charts': '/amazon-2025-q3/figures/',
  transcript: '/amazon-2025-q3/transcript/',
  glossary: '/glossary/',
  'topics hub': '/topics/',
  'topic across calls, with metrics': '/topics/aws/',
  '404 page': '/no-such-page/',
};
