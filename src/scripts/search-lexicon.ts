/**
 * Builds the search lexicon from the report's text (at build time, see src/pages/search/lexicon.json.ts):
 * every word the report uses, and each acronym it defines, read from "Central Election Commission (CEC)".
 */
import type { Lexicon } from './search-query.ts';

// Small words an expansion may hold that its acronym usually skips: "Representative on Freedom of the Media (RFoM)".
const SKIPPABLE = new Set(['of', 'on', 'the', 'for', 'and', 'in', 'to']);

/** The expansion of an acronym from the words before it, or none when their initials do not spell it. */
function expansionOf(acronym: string, before: string[]): string | undefined {
  const letters = acronym.toLowerCase().split('');
  let w = before.length - 1;
  for (let l = letters.length - 1; l >= 0; l--) {
    while (w >= 0 && before[w][0]?.toLowerCase() !== letters[l] && SKIPPABLE.has(before[w].toLowerCase())) w--;
    if (w < 0 || before[w][0]?.toLowerCase() !== letters[l]) return undefined;
    if (l > 0) w--;
  }
  const words = before.slice(w);
  // An expansion is a name: its first and last words are capitalised.
  if (!/^\p{Lu}/u.test(words[0]) || !/^\p{Lu}/u.test(words.at(-1)!)) return undefined;
  return words.join(' ');
}

/** The acronyms a text defines in brackets after their expansion; the first definition of each wins. */
export function extractAcronyms(text: string): Record<string, string> {
  const acronyms: Record<string, string> = {};
  for (const match of text.matchAll(/((?:[\p{L}'’-]+\s+){1,8})\((\p{Lu}[\p{L}]{1,6}?)s?\)/gu)) {
    const acronym = match[2];
    // At least two capitals: "(Poland)" and "(blank)" are not acronyms.
    if ((acronym.match(/\p{Lu}/gu) ?? []).length < 2) continue;
    const expansion = expansionOf(acronym, match[1].trim().split(/\s+/));
    // Kept in the singular and as printed: "PECs" is "Precinct Election Commission".
    if (expansion && !acronyms[acronym.toLowerCase()])
      acronyms[acronym.toLowerCase()] = match[0].trimEnd().endsWith('s)') ? expansion.replace(/s$/, '') : expansion;
  }
  return acronyms;
}

/** The lexicon of a report's texts (Markdown bodies): its words, lower-cased and sorted, and its acronyms. */
export function buildLexicon(texts: string[]): Lexicon {
  const text = texts.join('\n').replace(/[*_`#>[\]]/g, ' ');
  // Words, and numbers as printed with their separators ("118,140").
  const words = new Set(text.toLowerCase().match(/\p{L}[\p{L}'’]*\p{L}|\p{L}|\d+(?:,\d{3})+|\d+/gu) ?? []);
  return { words: [...words].sort(), acronyms: extractAcronyms(text) };
}
