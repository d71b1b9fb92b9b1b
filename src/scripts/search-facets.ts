/**
 * What the search index knows about each record, shared by the pages that declare it
 * (SearchMeta.astro), the indexer (scripts/index-search.ts) and the search page.
 */

/** The kinds of record, in the order the kind filter lists them, with their labels. */
export const KINDS = {
  chapter: 'Chapter',
  recommendation: 'Recommendation',
  footnote: 'Footnote',
  annex: 'Annex',
  about: 'About ODIHR',
  'follow-up': 'Follow-up',
} as const;

/** A kind of record: a chapter page, a recommendation page, one footnote, an annex page, "About ODIHR", the follow-up of earlier recommendations. */
export type Kind = keyof typeof KINDS;

/** The values of the priority filter (recommendations only) and their labels. */
export const PRIORITIES = { yes: 'Priority', no: 'Not priority' } as const;

/** The filters, in the order the search page shows them; each is also a URL parameter of /search/. */
export const FILTER_KEYS = ['kind', 'chapter', 'priority'] as const;

/** A filter's name. */
export type FilterKey = (typeof FILTER_KEYS)[number];

/** The URL parameter that carries the searched words to the page a result links to. */
export const HIGHLIGHT_PARAM = 'highlight';

/**
 * Elements inside the report text that are not the report's words: screen-reader labels,
 * footnote reference numbers, "priority" badges. Never indexed, never highlighted.
 */
export const NOT_REPORT_TEXT = ['.sr-only', 'sup.noteref', '.priority-badge'];

/** The footnote list at the end of a page: indexed as one record per note, not as part of the page. */
export const FOOTNOTE_LIST = 'section.footnotes';

/**
 * A record's place in the listing when only filters are picked (no words): by kind, then by
 * number (chapters in reading order, recommendations and footnotes by their numbers).
 */
export function listingPosition(kind: Kind, n: number): string {
  return String(Object.keys(KINDS).indexOf(kind) * 1000 + n);
}
