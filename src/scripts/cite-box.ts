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
  if (!part || part.dataset.paragraphKey === undefined || !(link instanceof HTMLAnchorElement) || !heading) return;
  const chapter = { part: part.textContent ?? '', href: link.href.split('#')[0], heading: heading.textContent ?? '' };
  const downloads = [...document.querySelectorAll<HTMLAnchorElement>('a[data-cite-file]')];
  const originals = downloads.map((a) => ({
    a,
    href: a.href,
    text: a.textContent ?? '',
    pre: preOf(a),
    code: preOf(a)?.textContent ?? '',
  }));
  const update = async () => {
    const n = /^#p-(\d+)$/.exec(location.hash)?.[1];
    const page = n ? document.querySelector<HTMLElement>(`#p-${n} a.pnum`)?.dataset.page : undefined;
    const href = n && page ? `${chapter.href}#p-${n}` : chapter.href;
    part.textContent = n && page ? `¶ ${n} (this site's numbering), ${page}` : chapter.part;
    heading.textContent = n && page ? `Cite ¶ ${n}` : chapter.heading;
    link.href = href;
    link.textContent = href;
    // The formats of the paragraph are files of their own, written when the site was built: fetched when it is targeted.
    for (const o of originals) {
      const key = n && page ? `${part.dataset.paragraphKey}${n}` : undefined;
      const file = key ? `${key}${o.a.dataset.citeFile}` : undefined;
      o.a.href = file ? `${part.dataset.citeBase}${file}` : o.href;
      o.a.textContent = file ? `Download ${file}` : o.text;
      if (file) o.a.download = file;
      if (!o.pre) continue;
      o.pre.textContent = file ? await fetchText(o.a.href, `Could not load it here: download ${file} instead.`) : o.code;
    }
  };
  void update();
  window.addEventListener('hashchange', () => void update());
  // The ¶ numbers set the address without a hashchange (history.replaceState): follow them too.
  document.addEventListener('click', (event) => {
    if ((event.target as Element | null)?.closest?.('a.pnum')) setTimeout(() => void update(), 0);
  });
}

/** The block that shows a format's text, next to its download link. */
function preOf(link: HTMLAnchorElement): HTMLElement | null {
  return link.closest('p')?.previousElementSibling as HTMLElement | null;
}

/** A file's text, or a fallback when it cannot be had (offline, say). */
async function fetchText(url: string, fallback: string): Promise<string> {
  try {
    const response = await fetch(url);
    return response.ok ? await response.text() : fallback;
  } catch {
    return fallback;
  }
}
