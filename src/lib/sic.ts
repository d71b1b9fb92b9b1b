/** A word the report prints with a slip, kept as printed and marked [sic] with a note. */
export interface SicWord {
  /** The word as printed. */
  printed: string;
  /** What a reader should know, as a phrase that follows "[sic]:". */
  note: string;
}

/** A piece of text, with the note when the piece is a word marked [sic]. */
export interface SicPiece {
  text: string;
  sic?: SicWord;
}

/** Editorial notes on slips in the annexes; tests check each against the report's text. */
export const SIC_WORDS: readonly SicWord[] = [
  { printed: 'Tokyaev', note: 'so printed in Annex I and footnote 49; spelled Tokayev elsewhere in the report' },
  { printed: 'Liason', note: 'so printed in Annex II, for “Liaison”' },
];

/** Splits a text around the words marked [sic], leaving every character as it was. */
export function markSic(text: string, words: readonly SicWord[] = SIC_WORDS): SicPiece[] {
  const found = words.filter((w) => text.includes(w.printed));
  if (!found.length) return [{ text }];
  const pattern = new RegExp(`(${found.map((w) => w.printed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`);
  return text
    .split(pattern)
    .filter((part) => part !== '')
    .map((part) => {
      const sic = found.find((w) => w.printed === part);
      return sic ? { text: part, sic } : { text: part };
    });
}
