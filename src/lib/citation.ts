/** The report as a publication, as its title page prints it (tests/unit/lib/citation.test.ts checks it against the source). */
export const REPORT = {
  author: 'OSCE/ODIHR',
  institution: 'OSCE Office for Democratic Institutions and Human Rights',
  title: 'Republic of Kazakhstan, Early Presidential Election, 9 June 2019: ODIHR Election Observation Mission Final Report',
  place: 'Warsaw',
  /** Date of publication, ISO 8601. */
  date: '2019-10-04',
  /** Date of publication as printed. */
  printedDate: '4 October 2019',
} as const;

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
export function citeReport(): string {
  return `${REPORT.author}, ${REPORT.title}, ${REPORT.place}, ${REPORT.printedDate}`;
}

/** A recommendation cited in the standard form: "OSCE/ODIHR, *Title*, Warsaw, 4 October 2019, recommendation 7." */
export function citeRecommendation(n: number): Citation {
  const before = `${REPORT.author}, `;
  const after = `, ${REPORT.place}, ${REPORT.printedDate}, recommendation ${n}.`;
  return { before, title: REPORT.title, after, text: `${before}${REPORT.title}${after}` };
}

/** A BibTeX entry (a technical report) for one recommendation, pointing to its page. */
export function bibtexRecommendation(n: number, permalink: string): string {
  const [year, month, day] = REPORT.date.split('-');
  const fields: [string, string][] = [
    // Double braces: a corporate author, and a title whose capitals styles must keep.
    ['author', `{{${REPORT.author}}}`],
    ['title', `{{${REPORT.title}}}`],
    ['institution', `{${REPORT.institution}}`],
    ['address', `{${REPORT.place}}`],
    ['year', `{${year}}`],
    ['month', MONTHS[Number(month) - 1]],
    ['date', `{${year}-${month}-${day}}`],
    ['note', `{Recommendation ${n}}`],
    ['url', `{${permalink}}`],
  ];
  return `@techreport{odihr2019kazakhstan-r${n},\n${fields.map(([k, v]) => `  ${k} = ${v}`).join(',\n')}\n}`;
}
