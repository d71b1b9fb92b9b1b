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
  /** The whole citation as plain text. */
  text: string;
}

/** The report cited as a whole, in the standard form: author, title, place, date. */
export function citeReport(meta: ReportMeta): string {
  return `${AUTHOR}, ${meta.title}, ${meta.place}, ${meta.published.printed}`;
}

/** A recommendation cited in the standard form: "OSCE/ODIHR, *Title*, Warsaw, 4 October 2019, recommendation 7, p. 25." */
export function citeRecommendation(meta: ReportMeta, n: number, pages?: PrintedPages): Citation {
  const before = `${AUTHOR}, `;
  const after = `, ${meta.place}, ${meta.published.printed}, recommendation ${n}${pages ? `, ${formatPages(pages)}` : ''}.`;
  return { before, title: meta.title, after, text: `${before}${meta.title}${after}` };
}
