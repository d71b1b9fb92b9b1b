import type { PrintedPages } from '../../src/schemas/page.ts';
import { ReportError } from './report-error.ts';

/** A heading whose printed page the table of contents gives. */
export interface Checkpoint {
  line: number;
  page: number;
  title: string;
}

/** A stretch of the source: running text (a paragraph's lines) or a footnote block. */
export interface Stretch {
  /** The source lines it occupies, in order. */
  lines: number[];
  kind: 'text' | 'footnote';
}

/** Where the pages of the printed report end, as the text shows them, checked against the table of contents. */
export interface PageMap {
  /** The printed pages of a stretch of lines, from its first to its last line. */
  pagesOf: (first: number, last: number) => PrintedPages;
  /** Lines after which a page ends, as the text shows it. */
  breaks: number[];
  /** The checkpoints where the table of contents has more pages than the text shows ends: page ends the text cannot place. */
  unplaced: { line: number; title: string; missing: number }[];
}

/** A footnote reference and its note: they stand on one page, so no page ends between them. */
export interface NoteSpan {
  /** The line that cites the note (a paragraph's first line will do: what matters is that it comes before the note). */
  reference: number;
  /** The first line of the note's block. */
  note: number;
}

/**
 * Finds the page ends the text shows: after each run of page-bottom footnote blocks, and inside a
 * paragraph that a page break cut with no footnote block between its halves. Then, between two
 * headings of the table of contents, the pages the contents add beyond those are page ends the text
 * does not show: they fall at a boundary between paragraphs, though not right after a heading nor
 * between a footnote reference and its note (which share a page). A line's page is certain where every way of placing
 * them gives it the same page, a range otherwise. Page ends that cannot be placed are an error.
 */
export function countPages(stretches: Stretch[], checkpoints: Checkpoint[], notes: NoteSpan[] = []): PageMap {
  const sorted = [...stretches].filter((s) => s.lines.length > 0).sort((a, b) => a.lines[0] - b.lines[0]);
  const footnoteLines = new Set(sorted.filter((s) => s.kind === 'footnote').flatMap((s) => s.lines));
  const breaks: number[] = [];
  sorted.forEach((stretch, i) => {
    // The last footnote block of a run ends its page.
    if (stretch.kind === 'footnote' && sorted[i + 1]?.kind !== 'footnote') breaks.push(stretch.lines.at(-1)!);
    if (stretch.kind !== 'text') return;
    // A paragraph whose halves stand apart with no footnote block between: a bare page break.
    for (let j = 1; j < stretch.lines.length; j++) {
      const [before, after] = [stretch.lines[j - 1], stretch.lines[j]];
      if (after > before + 1 && !range(before + 1, after).some((l) => footnoteLines.has(l))) breaks.push(before);
    }
  });
  breaks.sort((a, b) => a - b);
  // Where a page may end unseen: after a stretch of text, where no page end is seen, not right after a heading (kept
  // with what follows it), and not between a reference and its note.
  const shown = new Set([...breaks, ...checkpoints.map((c) => c.line)]);
  const boundaries = sorted
    .filter((s) => s.kind === 'text' && sorted.find((next) => next.lines[0] > s.lines.at(-1)!)?.kind === 'text')
    .map((s) => s.lines.at(-1)!)
    .filter((at) => !shown.has(at) && !notes.some((n) => n.reference <= at && at < n.note));
  const points = [...checkpoints].sort((a, b) => a.line - b.line);
  // Page ends (or places for them) after a line from `from` (inclusive) up to `to` (exclusive).
  const count = (list: number[], from: number, to: number) => list.filter((b) => b >= from && b < to).length;
  const unplaced: PageMap['unplaced'] = [];
  const missing = new Map<Checkpoint, number>();
  for (let i = 1; i < points.length; i++) {
    const [a, b] = [points[i - 1], points[i]];
    const counted = a.page + count(breaks, a.line, b.line);
    const places = count(boundaries, a.line, b.line);
    if (counted > b.page || b.page - counted > places) {
      throw new ReportError(
        b.line,
        counted > b.page
          ? `the table of contents puts "${b.title}" on page ${b.page}, but the text shows ${counted - a.page} page end(s) after "${a.title}" (page ${a.page}): a footnote block or a paragraph cut in two too many?`
          : `the table of contents puts "${b.title}" on page ${b.page}, ${b.page - counted} page(s) after what the text shows since "${a.title}" (page ${a.page}), but there is room for only ${places} unseen page end(s)`,
      );
    }
    missing.set(a, b.page - counted);
    if (counted < b.page) unplaced.push({ line: b.line, title: b.title, missing: b.page - counted });
  }
  /** The earliest and latest page a line may stand on. */
  const pageAt = (line: number): [number, number] => {
    const a = points.findLast((p) => p.line <= line);
    const b = points.find((p) => p.line > line);
    if (!a) {
      const page = b ? b.page - count(breaks, line, b.line) : 1;
      return [page, page];
    }
    const base = a.page + count(breaks, a.line, line);
    const m = b ? missing.get(a)! : 0;
    const before = count(boundaries, a.line, line);
    const after = b ? count(boundaries, line, b.line) : 0;
    return [base + Math.max(0, m - after), base + Math.min(m, before)];
  };
  const pagesOf = (first: number, last: number): PrintedPages => {
    const [startLo, startHi] = pageAt(first);
    const [endLo, endHi] = pageAt(last);
    return { from: startLo, to: endHi, certain: startLo === startHi && endLo === endHi };
  };
  return { pagesOf, breaks, unplaced };
}

/** The whole numbers from `from` up to `to`, not including it. */
function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}
