/**
 * Old URLs (see content/redirects.yaml). A redirect page's meta refresh works without JavaScript
 * but drops the fragment; where JavaScript runs, this goes first and keeps it:
 * `/aws/#l9` → `/amazon-2025-q3/aws/#l9`.
 */
export function followRedirect(root: Document): void {
  const target = root.documentElement.dataset['redirectTo'];
  if (target) root.location.replace(target + root.location.hash);
}

/**
 * An old link to a paragraph of a page whose URL now shows something else (`/#l6`, when the home
 * page held the call's overview): if the page has no such anchor, go to the page that has it.
 */
export function followFragmentRedirect(root: Document): void {
  const target = root.querySelector<HTMLElement>('[data-fragment-redirect]')?.dataset['fragmentRedirect'];
  const hash = root.location.hash;
  if (target && /^#[lq]\d+$/.test(hash) && !root.getElementById(hash.slice(1))) root.location.replace(target + hash);
}
