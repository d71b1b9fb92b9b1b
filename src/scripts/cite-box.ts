/** The citation box: the reader's date on the citation, and on a chapter page the paragraph the address targets. */

/** Adds the reader's date: a citation of a web page says when it was read. */
export function addAccessDate(): void {
  const accessed = document.getElementById('citation-accessed');
  if (!accessed) return;
  accessed.textContent = ` Accessed ${new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}.`;
  accessed.hidden = false;
}

/**
 * On a chapter page, cites the paragraph the address targets (#p-104), by its number and printed
 * page, with its link; the chapter again when none is targeted.
 */
export function citeTargetedParagraph(): void {
  const part = document.getElementById('citation-part');
  const link = document.getElementById('citation-link');
  const heading = document.getElementById('cite-heading');
  if (!part || part.dataset.paragraphs === undefined || !(link instanceof HTMLAnchorElement) || !heading) return;
  const chapter = { part: part.textContent ?? '', href: link.href.split('#')[0], heading: heading.textContent ?? '' };
  const note = document.getElementById('cite-formats-note');
  const update = () => {
    const n = /^#p-(\d+)$/.exec(location.hash)?.[1];
    const page = n ? document.querySelector<HTMLElement>(`#p-${n} a.pnum`)?.dataset.page : undefined;
    const href = n && page ? `${chapter.href}#p-${n}` : chapter.href;
    part.textContent = n && page ? `¶ ${n} (this site's numbering), ${page}` : chapter.part;
    heading.textContent = n && page ? `Cite ¶ ${n}` : chapter.heading;
    link.href = href;
    link.textContent = href;
    if (note) note.hidden = !(n && page);
  };
  update();
  window.addEventListener('hashchange', update);
  // The ¶ numbers set the address without a hashchange (history.replaceState): follow them too.
  document.addEventListener('click', (event) => {
    if ((event.target as Element | null)?.closest?.('a.pnum')) setTimeout(update, 0);
  });
}
