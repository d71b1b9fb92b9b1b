import type { Sic } from '../../src/schemas/sic.ts';

/** The misprints of the list that occur in a text. */
export function sicIn(text: string, list: Sic[]): Sic[] {
  return list.filter((entry) => text.includes(entry.text));
}

/** The entries of the list that occur in none of the texts: the list is out of date. */
export function unmatchedSic(texts: string[], list: Sic[]): Sic[] {
  return list.filter((entry) => !texts.some((text) => text.includes(entry.text)));
}
