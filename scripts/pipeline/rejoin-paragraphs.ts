import { ReportError } from './report-error.ts';
import type { Block } from './split-blocks.ts';
import { stripSuperscripts } from '../../src/lib/superscript.ts';

/** A paragraph, or a sub-heading standing between paragraphs (the topics of the recommendations chapter). */
export interface Piece {
  line: number;
  text: string;
  heading: boolean;
  /** The source lines it was joined from, in order (a page break leaves a gap between them). */
  lines: number[];
}

/** How a complete paragraph ends: a full stop, colon, closing quote or bracket (footnote references aside). */
const COMPLETE = /[.:;!?"”’')\]]$/;

/**
 * Reads the paragraphs of a section of running text: one per line (the numbered recommendations of
 * the recommendations chapter stand on consecutive lines), joining those that a page break cut in two. A page-bottom
 * footnote block, or the page break itself, leaves the first half ending mid-sentence; the next
 * line of text continues it.
 */
export function rejoinParagraphs(blocks: Block[], isHeading: (text: string) => boolean): Piece[] {
  const pieces: Piece[] = [];
  let open: Piece | undefined;
  const lines = blocks.flatMap((block) => block.lines.map((text, i) => ({ line: block.line + i, text })));
  for (const { line, text } of lines) {
    if (isHeading(text)) {
      if (open) throw new ReportError(open.line, `paragraph ends mid-sentence before the heading "${text}" (line ${line})`);
      pieces.push({ line, text, heading: true, lines: [line] });
      continue;
    }
    if (open) {
      open.text += ` ${text}`;
      open.lines.push(line);
    } else pieces.push((open = { line, text, heading: false, lines: [line] }));
    if (COMPLETE.test(stripSuperscripts(open.text))) open = undefined;
  }
  if (open) throw new ReportError(open.line, 'paragraph ends mid-sentence and nothing continues it: is the report cut short?');
  return pieces;
}
