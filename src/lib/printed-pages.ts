import type { PrintedPages } from '../schemas/page.ts';

/** Printed pages as a citation gives them: "p. 22", "pp. 22–23", or "p. 3 or 4" where the text cannot tell. */
export function formatPages(pages: PrintedPages): string {
  if (pages.from === pages.to) return `p. ${pages.from}`;
  if (pages.certain) return `pp. ${pages.from}–${pages.to}`;
  return pages.to === pages.from + 1 ? `p. ${pages.from} or ${pages.to}` : `pp. ${pages.from}–${pages.to} (uncertain)`;
}
