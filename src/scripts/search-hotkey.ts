/** The "/" key focuses the search field, as on many sites; it loads nothing else. */

/** Whether the reader is typing somewhere, where "/" is a character and not a shortcut. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])') !== null;
}

/** Listens for "/" and focuses the search page's own field, or the header's on other pages. */
export function listenForSearchKey(): void {
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || isTyping(event.target)) return;
    const field = document.querySelector<HTMLInputElement>('#search-query') ?? document.querySelector<HTMLInputElement>('#site-search');
    if (!field) return;
    event.preventDefault();
    field.focus();
    field.select();
  });
}
