/**
 * The "/" key goes to search, as on many sites; coming to the header's field hints the browser to
 * fetch the search page and Pagefind's files, so that the search page starts warm.
 */
const base = import.meta.env.BASE_URL;

/** Whether the reader is typing somewhere, where "/" is a character and not a shortcut. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target.closest('input,textarea,select') !== null);
}

/** Asks the browser, once, to fetch what the search page needs while it is idle: the page, Pagefind, its index entry and the lexicon. */
function prefetchSearch(): void {
  const files = [
    'search/',
    'search/lexicon.json',
    'pagefind/pagefind.js',
    'pagefind/pagefind-worker.js',
    'pagefind/pagefind-entry.json',
    'pagefind/wasm.en.pagefind',
  ];
  for (const path of files) document.head.insertAdjacentHTML('beforeend', `<link rel=prefetch href="${base}${path}">`);
}

/**
 * Listens for "/": it focuses the search page's own field, or the header's where it is shown, else
 * opens the search page (phones, where the header keeps only a link to it).
 */
export function listenForSearchKey(): void {
  const header = document.querySelector<HTMLInputElement>('#site-search');
  header?.addEventListener('focus', prefetchSearch, { once: true });
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || isTyping(event.target)) return;
    event.preventDefault();
    const field = document.querySelector<HTMLInputElement>('#search-query') ?? (header?.checkVisibility() ? header : null);
    if (!field) return location.assign(`${base}search/`);
    field.focus();
    field.select();
  });
}
