/**
 * On a touch screen, where nothing is hovered, a tap on a transcript paragraph or a Q&A unit
 * marks it `data-tapped` (one block at a time), and transcript.css shows that block's control.
 * A tap on a link or a control is left to it.
 */
export function revealControlsOnTap(root: Document): void {
  if (!root.defaultView?.matchMedia('(hover: none)').matches) return;
  root.addEventListener('click', (event) => {
    const target = event.target as Element | null;
    if (!target || target.closest('a, button')) return;
    const block = target.closest('.tx-para') ?? target.closest('.tx-qa');
    for (const tapped of root.querySelectorAll('[data-tapped]')) if (tapped !== block) tapped.removeAttribute('data-tapped');
    block?.setAttribute('data-tapped', '');
  });
}
