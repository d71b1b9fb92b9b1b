/**
 * A misprint kept as printed and marked [sic] with a note: the shape of main's
 * `content/source/sic.yaml` entries (src/schemas/sic.ts there), so that list can replace this one.
 */
export interface SicWord {
  /** The words exactly as printed. */
  text: string;
  /** What is wrong with them, for the reader. */
  note: string;
}

/** A piece of text, with the entry when the piece is a misprint. */
export interface SicPiece {
  text: string;
  sic?: SicWord;
}

/** The misprints of the annexes; tests check each against the report's text. */
export const SIC_WORDS: readonly SicWord[] = [
  { text: 'Tokyaev', note: 'Spelled "Tokayev" everywhere else in the report.' },
  { text: 'Liason', note: '"Liaison" is meant.' },
];

/** Splits a text around the misprints it holds, leaving every character as it was. */
export function markSic(text: string, words: readonly SicWord[] = SIC_WORDS): SicPiece[] {
  const found = words.filter((w) => text.includes(w.text));
  if (!found.length) return [{ text }];
  const pattern = new RegExp(`(${found.map((w) => w.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`);
  return text
    .split(pattern)
    .filter((part) => part !== '')
    .map((part) => {
      const sic = found.find((w) => w.text === part);
      return sic ? { text: part, sic } : { text: part };
    });
}

/** A text with its misprints marked as plain text ("Kassym-Jomart Tokyaev [sic]"), for an SVG label. */
export function withSicMarks(text: string): string {
  return markSic(text)
    .map((p) => (p.sic ? `${p.text} [sic]` : p.text))
    .join('');
}
