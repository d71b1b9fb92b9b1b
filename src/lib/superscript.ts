const DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** A run of Unicode superscript digits, as the report marks footnote references. */
export const SUPERSCRIPT_RUN = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g;

/** Reads a run of superscript digits as a number: "¹⁰⁷" → 107. */
export function parseSuperscript(run: string): number {
  return Number([...run].map((c) => DIGITS.indexOf(c)).join(''));
}

/** Writes a number in superscript digits: 107 → "¹⁰⁷". */
export function toSuperscript(n: number): string {
  return [...String(n)].map((d) => DIGITS[Number(d)]).join('');
}

/** Removes footnote references from a text. */
export function stripSuperscripts(text: string): string {
  return text.replace(SUPERSCRIPT_RUN, '');
}
