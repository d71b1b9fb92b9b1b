import { ReportError } from './report-error.ts';
import type { Block } from './split-blocks.ts';
import { parseSuperscript, toSuperscript } from '../../src/lib/superscript.ts';

/** A footnote as it stands at a page bottom. */
export interface RawFootnote {
  number: number;
  /** Line where its text starts. */
  line: number;
  /** Its text: one entry per line of the source (footnote 106 has two). */
  paragraphs: string[];
  /** Every source line of its block (and of the next, where its marker stands alone), in order. */
  lines: number[];
}

const MARKER = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)(?: (.*))?$/;

/**
 * Takes the footnote blocks out of the running text. A footnote is a block whose first line starts
 * with superscript digits; a marker standing alone takes the next block as its text (footnote 107).
 */
export function extractFootnotes(blocks: Block[]): { footnotes: RawFootnote[]; blocks: Block[] } {
  const footnotes: RawFootnote[] = [];
  const rest: Block[] = [];
  const seen = new Map<number, number>();
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    const match = MARKER.exec(block.lines[0]);
    if (!match) {
      rest.push(block);
      continue;
    }
    const number = parseSuperscript(match[1]);
    const first = seen.get(number);
    if (first !== undefined) {
      throw new ReportError(block.line, `footnote ${match[1]} appears twice (first at line ${first})`);
    }
    const expected = footnotes.length + 1;
    if (number !== expected) {
      throw new ReportError(block.line, `footnote ${match[1]} should be ${toSuperscript(expected)}: the numbering has a gap`);
    }
    seen.set(number, block.line);
    let paragraphs = [match[2] ?? '', ...block.lines.slice(1)].filter((p) => p !== '');
    let line = block.line;
    const lines = block.lines.map((_, j) => block.line + j);
    if (paragraphs.length === 0) {
      const next = blocks[i + 1];
      if (!next || MARKER.test(next.lines[0])) throw new ReportError(block.line, `footnote ${match[1]} has no text`);
      paragraphs = next.lines;
      line = next.line;
      lines.push(...next.lines.map((_, j) => next.line + j));
      i++;
    }
    footnotes.push({ number, line, paragraphs, lines });
  }
  return { footnotes, blocks: rest };
}
