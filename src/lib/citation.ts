import type { PrintedPages } from '../schemas/page.ts';
import type { ReportMeta } from '../schemas/report.ts';
import { formatPages } from './printed-pages.ts';

/** The author every ODIHR report is cited under. */
const AUTHOR = 'OSCE/ODIHR';

/** A citation of one recommendation, in pieces so a page can set the title in italics. */
export interface Citation {
  /** Before the title: "OSCE/ODIHR, ". */
  before: string;
  /** The report's title, set in italics. */
  title: string;
  /** After the title: ", Warsaw, 4 October 2019, recommendation 7." */
  after: string;
  /** What of `after` names the part cited, without the final stop: "recommendation 7, p. 26". */
  part: string;
  /** The whole citation as plain text. */
  text: string;
}

/** The report cited as a whole, in the standard form: author, title, place, date. */
export function citeReport(meta: ReportMeta): string {
  return `${AUTHOR}, ${meta.title}, ${meta.place}, ${meta.published.printed}`;
}

/** A part of the report cited in the standard form: "OSCE/ODIHR, *Title*, Warsaw, 4 October 2019, chapter XIII, pp. 21–24." */
export function citePart(meta: ReportMeta, part: string, pages?: PrintedPages): Citation {
  const before = `${AUTHOR}, `;
  const cited = `${part}${pages ? `, ${formatPages(pages)}` : ''}`;
  const after = `, ${meta.place}, ${meta.published.printed}, ${cited}.`;
  return { before, title: meta.title, after, part: cited, text: `${before}${meta.title}${after}` };
}

/** A recommendation cited in the standard form: "OSCE/ODIHR, *Title*, Warsaw, 4 October 2019, recommendation 7, p. 25." */
export function citeRecommendation(meta: ReportMeta, n: number, pages?: PrintedPages): Citation {
  return citePart(meta, `recommendation ${n}`, pages);
}
