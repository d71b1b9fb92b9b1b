const SMALL = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to']);
/** Words an upper-case heading keeps in upper case: Roman numerals and acronyms. */
const KEEP = /^(?:[IVX]+|ODIHR|OSCE|CEC|EOM)$/;

/** Writes an upper-case heading in title case: "ANNEX II: LIST OF OBSERVERS" → "Annex II: List of Observers". */
export function toTitleCase(heading: string): string {
  return heading.replace(/[A-Za-z]+/g, (word, offset: number) => {
    if (KEEP.test(word)) return word;
    const lower = word.toLowerCase();
    return offset > 0 && SMALL.has(lower) && heading[offset - 1] === ' ' ? lower : lower[0].toUpperCase() + lower.slice(1);
  });
}

/** Whether a heading is printed in capitals ("XIII. ELECTION DAY"), to be shown in small capitals. */
export function isPrintedCaps(heading: string): boolean {
  return /[A-Z]{2}/.test(heading) && heading === heading.toUpperCase();
}

/** A section's heading for navigation and the search's chapter filter, in title case: "XIII. Election Day". */
export function numberedTitle({ number, title }: { number?: string; title: string }): string {
  return number ? `${number}. ${toTitleCase(title)}` : toTitleCase(title);
}

/** The report's heading as the home page prints it: "Republic of X: Parliamentary Elections, 1 May 2024". */
export function reportHeading({
  country,
  election,
  electionDate,
}: {
  country: string;
  election: string;
  electionDate?: { printed: string };
}): string {
  return `${country}: ${election}${electionDate ? `, ${electionDate.printed}` : ''}`;
}
