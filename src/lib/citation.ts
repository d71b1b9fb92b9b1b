import type { PrintedPages } from '../schemas/page.ts';
import type { ReportMeta } from '../schemas/report.ts';
import { formatPages } from './printed-pages.ts';

/** The author every ODIHR report is cited under. */
const AUTHOR = 'OSCE/ODIHR';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

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

/** A BibTeX entry (a technical report) for one recommendation, pointing to its page. */
export function bibtexRecommendation(meta: ReportMeta, n: number, permalink: string, pages?: PrintedPages): string {
  const [year, month, day] = (meta.published.iso ?? `${meta.published.year}`).split('-');
  const fields: [string, string][] = [
    // Double braces: a corporate author, and a title whose capitals styles must keep.
    ['author', `{{${AUTHOR}}}`],
    ['title', `{{${meta.title}}}`],
    ['institution', `{OSCE ${meta.institution}}`],
    ['address', `{${meta.place}}`],
    ['year', `{${year}}`],
    ...(month ? ([['month', MONTHS[Number(month) - 1]]] as [string, string][]) : []),
    ...(day ? ([['date', `{${year}-${month}-${day}}`]] as [string, string][]) : []),
    ['note', `{Recommendation ${n}}`],
    // A range the text cannot narrow down is no span of pages: BibTeX gets none (the text citation says "p. 28 or 29").
    ...(pages?.certain
      ? ([['pages', `{${pages.from === pages.to ? pages.from : `${pages.from}--${pages.to}`}}`]] as [string, string][])
      : []),
    ['url', `{${permalink}}`],
  ];
  return `@techreport{${meta.citationKey}-r${n},\n${fields.map(([k, v]) => `  ${k} = ${v}`).join(',\n')}\n}`;
}
