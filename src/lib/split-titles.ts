/**
 * Splits a cross-reference that names several sections, "Election Administration, Voter
 * Registration and Candidate Registration", into the known titles it lists. Titles may themselves
 * hold "and" ("Complaints and Appeals"), so the longest known title wins at each step. Returns
 * undefined if the text is not a list of known titles.
 */
export function splitTitles(text: string, known: string[]): string[] | undefined {
  if (text === '') return [];
  const candidates = known.filter((t) => text.toLowerCase().startsWith(t.toLowerCase())).sort((a, b) => b.length - a.length);
  for (const title of candidates) {
    const rest = text.slice(title.length);
    const separator = /^(, | and )/.exec(rest)?.[0] ?? (rest === '' ? '' : undefined);
    if (separator === undefined) continue;
    const tail = splitTitles(rest.slice(separator.length), known);
    if (tail && (separator === '' || tail.length > 0)) return [text.slice(0, title.length), ...tail];
  }
  return undefined;
}
