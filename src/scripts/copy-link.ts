/** How long a copy control says 「已复制链接」. */
const CONFIRM_MS = 2000;

/** The full URL of an anchor on the current page: `https://host/base/aws/#l9`. */
export function anchorUrl(anchor: string, pageUrl: string): string {
  return new URL(`#${anchor}`, pageUrl).href;
}

/** One polite live region for the page: a screen reader hears 「已复制链接」 after a copy. */
function announcer(root: Document): HTMLElement {
  let region = root.querySelector<HTMLElement>('[data-copy-status]');
  if (!region) {
    region = root.createElement('p');
    region.setAttribute('role', 'status');
    region.className = 'sr-only';
    region.dataset['copyStatus'] = '';
    root.body.append(region);
  }
  return region;
}

/**
 * Copy controls (`button[data-copy-anchor]`, label in `.tx-copy__label`): a click copies the
 * block's full URL, the label says 「已复制链接」 for two seconds and a live region announces it.
 */
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
    const label = button.querySelector('.tx-copy__label') ?? button;
    label.textContent = '已复制链接';
    button.dataset['copied'] = '';
    const status = announcer(root);
    status.textContent = '';
    status.textContent = '已复制链接';
    setTimeout(() => {
      label.textContent = '复制链接';
      delete button.dataset['copied'];
    }, CONFIRM_MS);
  });
}
