/** How long a copy button says 「已复制」. */
const CONFIRM_MS = 2000;

/** The full URL of an anchor on the current page: `https://host/base/aws/#l9`. */
export function anchorUrl(anchor: string, pageUrl: string): string {
  return new URL(`#${anchor}`, pageUrl).href;
}

/** Copy buttons (`button[data-copy-anchor]`): a click copies the block's full URL and says so. */
export function enableCopyLinks(root: Document): void {
  root.addEventListener('click', async (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-copy-anchor]');
    if (!button?.dataset['copyAnchor']) return;
    const url = anchorUrl(button.dataset['copyAnchor'], root.location.href);
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      // No clipboard (an insecure origin, a refused permission): show the link to copy by hand.
      window.prompt('复制此链接：', url);
      return;
    }
    const text = button.textContent;
    button.textContent = '已复制';
    button.dataset['copied'] = '';
    setTimeout(() => {
      button.textContent = text;
      delete button.dataset['copied'];
    }, CONFIRM_MS);
  });
}
