/**
 * Footnotes in place: activating a reference shows the note beside it, in one shared popover,
 * without leaving the paragraph. Escape, a click elsewhere or a second activation closes it and
 * focus returns to the reference. Without this script the reference jumps to the note.
 */

const POPOVER_ID = 'footnote-popover';

/** The shared popover, made on first use (so it is never in the HTML that search indexes). */
function popover(): HTMLElement {
  let element = document.getElementById(POPOVER_ID);
  if (element) return element;
  element = document.createElement('div');
  element.id = POPOVER_ID;
  element.className = 'footnote-popover';
  element.setAttribute('popover', 'auto');
  element.setAttribute('role', 'dialog');
  element.tabIndex = -1;
  document.body.append(element);
  return element;
}

/** Fills the popover with a copy of a note's text and a link to the note itself. */
function fill(element: HTMLElement, n: string, note: HTMLElement): void {
  const body = note.cloneNode(true) as HTMLElement;
  body.querySelectorAll('[role="doc-backlink"]').forEach((a) => a.remove());
  body.removeAttribute('id');
  element.replaceChildren();
  const heading = document.createElement('p');
  heading.className = 'footnote-popover-title';
  heading.textContent = `Footnote ${n}`;
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'footnote-popover-close';
  close.setAttribute('aria-label', 'Close footnote');
  close.textContent = '×';
  close.addEventListener('click', () => element.hidePopover());
  const jump = document.createElement('a');
  jump.href = `#${note.id}`;
  jump.className = 'footnote-popover-jump';
  jump.textContent = 'Go to the note';
  jump.addEventListener('click', () => element.hidePopover());
  const text = document.createElement('div');
  text.className = 'footnote-popover-text';
  text.append(...body.childNodes);
  element.append(heading, close, text, jump);
  element.setAttribute('aria-label', `Footnote ${n}`);
}

/**
 * Places the popover under the reference, or above it when there is more room there, never past
 * the window's edge; on a phone it sits at the bottom and the reference's line stays visible.
 */
function place(element: HTMLElement, reference: HTMLElement): void {
  const rect = reference.getBoundingClientRect();
  if (window.matchMedia('(min-width: 40rem)').matches) {
    const width = Math.min(448, document.documentElement.clientWidth - 32);
    const left = Math.min(Math.max(16, rect.left + window.scrollX - 24), document.documentElement.clientWidth - width - 16);
    const below = window.innerHeight - rect.bottom - 16;
    const above = rect.top - 16;
    element.style.left = `${left}px`;
    element.style.width = `${width}px`;
    element.style.maxHeight = `${Math.min(384, Math.max(below, above) - 8)}px`;
    const height = element.getBoundingClientRect().height;
    const top = height <= below || below >= above ? rect.bottom + 8 : rect.top - 8 - height;
    element.style.top = `${top + window.scrollY}px`;
    return;
  }
  const covered = window.innerHeight - element.getBoundingClientRect().height;
  if (rect.bottom > covered - 8) window.scrollBy({ top: rect.bottom - covered + 24 });
}

let opener: HTMLAnchorElement | undefined;
/** When the popover last closed: a click on its own reference closes it (light dismiss) before the click arrives. */
let closedAt = 0;

/** Opens or closes the note of a reference. */
function toggle(reference: HTMLAnchorElement): void {
  const element = popover();
  // The note the reference points to: #fn-N on chapter pages, #note-N where a page quotes a chapter.
  const note = document.getElementById(reference.hash.slice(1));
  const n = reference.dataset.footnote ?? reference.hash.replace(/^#\D+-/, '');
  if (!note) return;
  const justClosed = opener === reference && performance.now() - closedAt < 400;
  const wasOpen = (element.matches(':popover-open') && opener === reference) || justClosed;
  if (element.matches(':popover-open')) element.hidePopover();
  if (wasOpen) {
    closedAt = 0;
    return;
  }
  fill(element, n, note);
  opener = reference;
  reference.setAttribute('aria-expanded', 'true');
  element.showPopover();
  place(element, reference);
  element.focus({ preventScroll: true });
}

/** Wires every footnote reference on the page. */
export function enhanceFootnotes(): void {
  const references = document.querySelectorAll<HTMLAnchorElement>('a[role="doc-noteref"]');
  if (references.length === 0 || !('showPopover' in HTMLElement.prototype)) return;
  for (const reference of references) {
    reference.setAttribute('aria-haspopup', 'dialog');
    reference.setAttribute('aria-controls', POPOVER_ID);
    reference.setAttribute('aria-expanded', 'false');
    reference.addEventListener('click', (event) => {
      event.preventDefault();
      toggle(reference);
    });
  }
  popover().addEventListener('toggle', (event) => {
    if ((event as ToggleEvent).newState !== 'closed' || !opener) return;
    closedAt = performance.now();
    opener.setAttribute('aria-expanded', 'false');
    // Back to the reference, unless the reader clicked somewhere else on purpose.
    if (!document.activeElement || document.activeElement === document.body || popover().contains(document.activeElement)) {
      opener.focus({ preventScroll: true });
    }
  });
}
