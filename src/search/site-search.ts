/**
 * The `<site-search>` element of the search dialog (src/components/search/Search.astro):
 * Starlight's behaviour (open on click or Ctrl/Cmd+K, close on Esc, on a link or outside
 * the dialog) plus `/` to open, arrow keys between results, and Pagefind UI started with
 * the site's options when the reader shows intent to search.
 */
import { moveFocus } from './result-keys.ts';
import { noteText, type SearchNote } from './search-note.ts';

const RESULT_LINKS = '.pagefind-ui__result-link';
const FILTER_BLOCKS = '.pagefind-ui__filter-block';

/** The filter values the reader has ticked, as Pagefind UI's `triggerFilters` takes them. */
function selectedFilters(root: HTMLElement): Record<string, string[]> {
  const selected: Record<string, string[]> = {};
  for (const box of root.querySelectorAll<HTMLInputElement>('.pagefind-ui__filter-checkbox:checked')) (selected[box.name] ??= []).push(box.value);
  return selected;
}

/** True when the key press is typing into a field, where `/` is just a character. */
function isTyping(event: KeyboardEvent): boolean {
  const target = event.target;
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

class SiteSearch extends HTMLElement {
  connectedCallback(): void {
    const openButton = this.querySelector<HTMLButtonElement>('button[data-open-modal]');
    const closeButton = this.querySelector<HTMLButtonElement>('button[data-close-modal]');
    const dialog = this.querySelector('dialog');
    const frame = this.querySelector('.dialog-frame');
    if (!openButton || !dialog || !frame) return;

    const shortcut = openButton.querySelector<HTMLElement>('kbd');
    if (shortcut) {
      if (/(Mac|iPhone|iPod|iPad)/i.test(navigator.platform)) {
        const platformKey = shortcut.querySelector('kbd');
        if (platformKey) platformKey.textContent = '⌘';
        openButton.setAttribute('aria-keyshortcuts', 'Meta+K /');
      }
      shortcut.hidden = false;
    }

    const onClick = (event: MouseEvent) => {
      const target = event.target as Node | null;
      const isLink = target instanceof Element && target.closest('a') !== null;
      if (isLink || (target && document.body.contains(target) && !frame.contains(target))) close();
    };
    const focusInput = () => this.querySelector('input')?.focus();
    const open = (event?: Event) => {
      dialog.showModal();
      document.body.toggleAttribute('data-search-modal-open', true);
      // Opened before Pagefind UI has started (a busy page, a fast reader): start it now.
      if (this.querySelector('input')) focusInput();
      else void this.startSearch?.().then(() => dialog.open && focusInput());
      event?.stopPropagation();
      window.addEventListener('click', onClick);
    };
    const close = () => dialog.close();

    openButton.addEventListener('click', open);
    openButton.disabled = false;
    closeButton?.addEventListener('click', close);
    dialog.addEventListener('close', () => {
      document.body.toggleAttribute('data-search-modal-open', false);
      window.removeEventListener('click', onClick);
    });

    window.addEventListener('keydown', (event) => {
      if ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === 'k') {
        if (dialog.open) close();
        else open();
        event.preventDefault();
      } else if (event.key === '/' && !dialog.open && !isTyping(event)) {
        open();
        event.preventDefault();
      }
    });

    dialog.addEventListener('keydown', (event) => {
      if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
      const input = this.querySelector<HTMLInputElement>('input');
      const items = [...(input ? [input] : []), ...this.querySelectorAll<HTMLElement>(RESULT_LINKS)];
      const next = moveFocus(items, document.activeElement, event.key === 'ArrowDown' ? 1 : -1);
      if (next) {
        next.focus();
        event.preventDefault();
      }
    });

    if (import.meta.env.DEV) return;
    const options: Record<string, unknown> = JSON.parse(this.dataset['options'] ?? '{}');
    let started: Promise<void> | undefined;
    this.startSearch = () =>
      (started ??= (async () => {
        // Load the engine, Pagefind's WebAssembly and index metadata while Pagefind UI loads and
        // the reader is still reaching for the keyboard, so that the first query only waits for its own words.
        const engineReady = (async () => {
          const engine = await import(/* @vite-ignore */ `${String(options['bundlePath'])}pagefind.js`);
          await engine.options(JSON.parse(this.dataset['engineOptions'] ?? '{}'));
          await engine.init();
          return engine as { loadFilters: () => Promise<unknown>; searchNote: (term: string) => SearchNote | undefined };
        })();
        // @ts-expect-error: @pagefind/default-ui ships no types.
        const { PagefindUI } = await import('@pagefind/default-ui');
        const ui = new PagefindUI({ ...options, element: '#starlight__search' });
        // Pagefind UI labels its input with a title only; give it a real accessible name.
        this.querySelector('input')?.setAttribute('aria-label', this.dataset['inputLabel'] ?? '');
        // The filters' counts per query, once the reader opens a filter (src/search/engine.ts,
        // `filters`): Pagefind loads its filters, and the current search runs again to count them.
        const countFilters = (event: Event) => {
          if (!(event.target instanceof HTMLDetailsElement && event.target.open && event.target.matches(FILTER_BLOCKS))) return;
          this.removeEventListener('toggle', countFilters, true);
          void engineReady.then(async (engine) => {
            await engine.loadFilters();
            ui.triggerFilters(selectedFilters(this));
          });
        };
        this.addEventListener('toggle', countFilters, true);
        const engine = await engineReady;
        this.showNotes(engine.searchNote);
        this.hideEmptyFilterValues();
      })());
    // Start on intent, not on every page view: the reader points at, touches or tabs to the
    // button (Ctrl/Cmd+K, / and a click open the dialog, which starts it too).
    const startOnIntent = () => void this.startSearch?.();
    for (const intent of ['pointerenter', 'focus', 'touchstart'] as const) openButton.addEventListener(intent, startOnIntent, { once: true, passive: true });
  }

  /** Starts Pagefind UI once (when the reader shows intent to search, or when the dialog opens); absent in dev. */
  startSearch?: () => Promise<void>;

  /**
   * Hides the filter values that no result of the query has ("芯片 (0)"), unless ticked: Pagefind
   * UI lists every value of an open filter, and on a phone the zeros push the results down.
   */
  private hideEmptyFilterValues(): void {
    const root = this.querySelector<HTMLElement>('#starlight__search');
    if (!root) return;
    const hide = () => {
      for (const value of root.querySelectorAll<HTMLElement>('.pagefind-ui__filter-value')) {
        const empty = /\(0\)\s*$/.test(value.querySelector('.pagefind-ui__filter-label')?.textContent ?? '');
        const ticked = value.querySelector<HTMLInputElement>('input')?.checked === true;
        value.hidden = empty && !ticked;
      }
    };
    new MutationObserver(hide).observe(root, { subtree: true, childList: true, characterData: true });
  }

  /**
   * In place of Pagefind UI's count, says so when the results are for related words or a part
   * of the query (src/search/search-note.ts), each time Pagefind UI shows results.
   */
  private showNotes(noteOf: (term: string) => SearchNote | undefined): void {
    const root = this.querySelector<HTMLElement>('#starlight__search');
    if (!root) return;
    const show = () => {
      const message = root.querySelector<HTMLElement>('.pagefind-ui__message');
      const input = root.querySelector('input');
      const note = message && input ? noteOf(input.value) : undefined;
      let shown = root.querySelector<HTMLElement>('.search-note');
      if (!message || !note) {
        shown?.remove();
        root.classList.remove('has-search-note');
        return;
      }
      const text = noteText(note, root.querySelectorAll('.pagefind-ui__result').length);
      if (!shown) {
        shown = document.createElement('p');
        shown.className = 'search-note';
        shown.setAttribute('role', 'status');
      }
      if (shown.previousElementSibling !== message) message.after(shown);
      if (shown.textContent !== text) shown.textContent = text;
      root.classList.add('has-search-note');
    };
    new MutationObserver(show).observe(root, { subtree: true, childList: true, characterData: true });
  }
}

export function defineSiteSearch(): void {
  if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
}
