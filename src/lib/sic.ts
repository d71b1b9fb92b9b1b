import type { Sic } from '../schemas/sic.ts';

/** A piece of text, with the entry when the piece is a misprint. */
export interface SicPiece {
  text: string;
  sic?: Sic;
}

/** Splits a text around the misprints of a list that it holds, leaving every character as it was. */
export function markSic(text: string, words: readonly Sic[]): SicPiece[] {
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

/** A text with its misprints marked as plain text ("Jon Smiht [sic]"), for an SVG label. */
export function withSicMarks(text: string, words: readonly Sic[]): string {
  return markSic(text, words)
    .map((p) => (p.sic ? `${p.text} [sic]` : p.text))
    .join('');
}
