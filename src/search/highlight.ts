import { HIGHLIGHT_PARAM } from './result.ts';
import { siteUrl } from '../utils/url.ts';

/**
 * On a page opened from a search result (`?pagefind-highlight=...`), marks the query in
 * the page text with Pagefind's highlight script. Its styles come from the site's CSS
 * (src/styles/search.css), not from a style element it would inject.
 */
export function highlightQueryOnPage(): void {
  if (import.meta.env.DEV || !new URLSearchParams(window.location.search).has(HIGHLIGHT_PARAM)) return;
  const script = siteUrl('pagefind/pagefind-highlight.js');
  void import(/* @vite-ignore */ script).then(({ default: PagefindHighlight }) => {
    new PagefindHighlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false, markContext: '[data-pagefind-body]' });
  });
}
