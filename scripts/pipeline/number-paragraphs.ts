import type { PrintedPages } from '../../src/schemas/page.ts';
import type { Piece } from './rejoin-paragraphs.ts';
import type { RawSection } from './split-sections.ts';

/** A paragraph with its number through the whole report. */
export interface NumberedParagraph {
  heading: false;
  n: number;
  line: number;
  text: string;
  /** The source lines it was joined from. */
  lines: number[];
  /** The printed pages it stands on, once counted. */
  pages?: PrintedPages;
  /** The recommendation it states, set once recommendations are matched. */
  recommendation?: number;
}

/** A sub-heading between paragraphs (the topics of the recommendations chapter). */
export interface SubHeading {
  heading: true;
  line: number;
  text: string;
}

/** A section with its text as numbered paragraphs and sub-headings (annexes have none). */
export interface ProseSection extends RawSection {
  pieces: (NumberedParagraph | SubHeading)[];
}

/** Numbers the paragraphs of all sections in reading order, from 1. */
export function numberParagraphs(sections: (RawSection & { pieces: Piece[] })[]): ProseSection[] {
  let n = 0;
  return sections.map((section) => ({
    ...section,
    pieces: section.pieces.map((piece) =>
      piece.heading
        ? { heading: true, line: piece.line, text: piece.text }
        : { heading: false, n: ++n, line: piece.line, text: piece.text, lines: piece.lines },
    ),
  }));
}

/** The numbered paragraphs of a section. */
export function paragraphsOf(section: ProseSection): NumberedParagraph[] {
  return section.pieces.filter((piece): piece is NumberedParagraph => !piece.heading);
}
