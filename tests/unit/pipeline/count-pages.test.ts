import { describe, expect, it } from 'vitest';
import { countPages, type Stretch } from '../../../scripts/pipeline/count-pages.ts';
import { paragraphsOf } from '../../../scripts/pipeline/number-paragraphs.ts';
import { formatPages } from '../../../src/lib/printed-pages.ts';
import { realReport } from '../../report.ts';

const report = realReport();
const paragraphs = report.sections.flatMap(paragraphsOf);
const pagesOf = (n: number) => formatPages(paragraphs.find((p) => p.n === n)!.pages!);

/** Text on single lines (a paragraph a line), footnote blocks as `fn`. */
const text = (...lines: number[]): Stretch => ({ kind: 'text', lines });
const note = (...lines: number[]): Stretch => ({ kind: 'footnote', lines });

describe('the printed pages of the real report', () => {
  it('agree with the table of contents at every heading: each section starts on its printed page', () => {
    for (const section of report.sections.filter((s) => paragraphsOf(s).length > 0)) {
      const first = paragraphsOf(section)[0].pages!;
      // A section's first paragraph stands on the heading's page, or (an unseen page end) the one after.
      expect(first.from, section.title).toBe(section.page);
    }
  });

  it('are certain where the text shows every page end: a paragraph cut by notes runs over two pages', () => {
    expect(pagesOf(1)).toBe('p. 1');
    expect(pagesOf(5)).toBe('pp. 1–2');
    expect(pagesOf(104)).toBe('p. 22');
    expect(pagesOf(106)).toBe('pp. 22–23');
    expect(pagesOf(150)).toBe('p. 37');
    expect(report.footnotes.find((f) => f.number === 1)!.pages).toEqual({ from: 1, to: 1, certain: true });
    expect(report.footnotes.find((f) => f.number === 107)!.pages).toEqual({ from: 29, to: 29, certain: true });
  });

  it('are a range where a page ended at a paragraph boundary with no note on it, and say so', () => {
    expect(report.unplacedPageEnds).toEqual([
      { line: expect.any(Number), title: 'INTRODUCTION AND ACKNOWLEDGMENTS', missing: 1 },
      { line: expect.any(Number), title: 'ANNEX I: FINAL ELECTION RESULTS', missing: 2 },
      { line: expect.any(Number), title: 'ABOUT ODIHR', missing: 7 },
    ]);
    // The executive summary's second page ends somewhere after ¶ 5, before chapter II: the text cannot tell where.
    expect(pagesOf(6)).toBe('p. 2 or 3');
    expect(pagesOf(15)).toBe('p. 2 or 3');
    const uncertain = paragraphs.filter((p) => !p.pages!.certain).map((p) => p.n);
    expect(uncertain).toEqual([...Array.from({ length: 10 }, (_, i) => 6 + i), ...Array.from({ length: 20 }, (_, i) => 130 + i)]);
    expect(report.footnotes.every((f) => f.pages.certain)).toBe(true);
  });
});

describe('countPages', () => {
  const heads = [
    { line: 1, page: 1, title: 'ONE' },
    { line: 20, page: 3, title: 'TWO' },
  ];

  it('counts a page end after each run of notes and at each bare cut of a paragraph', () => {
    // ¶ 2–4, a note at 5, ¶ 7 cut by a bare page break (8 blank), continued at 9; TWO at 20 on page 3.
    const map = countPages([text(1), text(2), text(3, 4), note(5), text(7, 9), text(20)], heads);
    expect(map.breaks).toEqual([5, 7]);
    expect(map.pagesOf(2, 2)).toEqual({ from: 1, to: 1, certain: true });
    expect(map.pagesOf(7, 9)).toEqual({ from: 2, to: 3, certain: true });
    expect(map.unplaced).toEqual([]);
  });

  it('places an unseen page end only at a paragraph boundary, never between a reference and its note', () => {
    const stretches = [text(1), text(2), text(4), text(6), note(8), text(10), text(12), text(20)];
    // Page 1 holds the note at 8, so page 2 ends unseen: after ¶ 2 or ¶ 4 (not right after the heading) would do
    // for ¶ 4, but ¶ 2 cites that note, which shares its page.
    const free = countPages(stretches, heads);
    expect(free.pagesOf(4, 4)).toEqual({ from: 1, to: 2, certain: false });
    const bound = countPages(stretches, heads, [{ reference: 2, note: 8 }]);
    expect(bound.pagesOf(4, 4)).toEqual({ from: 1, to: 1, certain: true });
    // After the note, page 2 ends unseen after ¶ 10 or ¶ 12: ¶ 10 is on page 2 either way, ¶ 12 may be on 3.
    expect(bound.pagesOf(10, 10)).toEqual({ from: 2, to: 2, certain: true });
    expect(bound.pagesOf(12, 12)).toEqual({ from: 2, to: 3, certain: false });
    expect(bound.unplaced).toEqual([{ line: 20, title: 'TWO', missing: 1 }]);
  });

  it('refuses more page ends than the table of contents allows, naming the heading', () => {
    expect(() => countPages([text(1), note(2), text(4), note(5), text(7), note(8), text(20)], heads)).toThrow(
      'the table of contents puts "TWO" on page 3, but the text shows 3 page end(s) after "ONE" (page 1)',
    );
    expect(() => countPages([text(1), text(20)], [heads[0], { ...heads[1], page: 4 }])).toThrow(
      'the table of contents puts "TWO" on page 4, 3 page(s) after what the text shows since "ONE" (page 1), but there is room for only 0 unseen page end(s)',
    );
  });
});

describe('formatPages', () => {
  it('writes pages as citations give them', () => {
    expect(formatPages({ from: 22, to: 22, certain: true })).toBe('p. 22');
    expect(formatPages({ from: 22, to: 23, certain: true })).toBe('pp. 22–23');
    expect(formatPages({ from: 2, to: 3, certain: false })).toBe('p. 2 or 3');
    expect(formatPages({ from: 26, to: 29, certain: false })).toBe('pp. 26–29 (uncertain)');
  });
});
