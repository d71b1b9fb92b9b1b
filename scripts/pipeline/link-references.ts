import type { CrossReference } from '../../src/schemas/section.ts';
import type { RawFootnote } from './extract-footnotes.ts';
import type { ProseSection } from './number-paragraphs.ts';
import { ReportError } from './report-error.ts';
import { splitTitles } from '../../src/lib/split-titles.ts';
import { parseSuperscript, SUPERSCRIPT_RUN } from '../../src/lib/superscript.ts';

/** Where a footnote is cited: a section, and the paragraph unless a heading cites it. */
export interface Citation {
  section: string;
  paragraph?: number;
  line: number;
}

/** A text that may cite footnotes: a paragraph, a heading or the report's title. */
export interface CitingText {
  section: string;
  paragraph?: number;
  line: number;
  text: string;
}

/** Every text of the report that may cite a footnote, in reading order. */
export function citingTexts(sections: ProseSection[]): CitingText[] {
  return sections.flatMap((section) => [
    { section: section.slug, line: section.line, text: section.heading },
    ...section.pieces.map((piece) => ({
      section: section.slug,
      paragraph: piece.heading ? undefined : piece.n,
      line: piece.line,
      text: piece.text,
    })),
  ]);
}

/**
 * Finds where each footnote is cited. Every reference must have a footnote, and every footnote
 * exactly one reference.
 */
export function linkFootnotes(texts: CitingText[], footnotes: RawFootnote[]): Map<number, Citation> {
  const citations = new Map<number, Citation>();
  for (const { section, paragraph, line, text } of texts) {
    for (const [run] of text.matchAll(SUPERSCRIPT_RUN)) {
      const number = parseSuperscript(run);
      if (number < 1 || number > footnotes.length) throw new ReportError(line, `footnote reference ${run} has no footnote`);
      const earlier = citations.get(number);
      if (earlier) throw new ReportError(line, `footnote ${run} is cited twice (first at line ${earlier.line})`);
      citations.set(number, { section, paragraph, line });
    }
  }
  const uncited = footnotes.find((f) => !citations.has(f.number));
  if (uncited) throw new ReportError(uncited.line, `footnote ${uncited.number} is never cited in the text`);
  return citations;
}

const CROSS_REFERENCE = /\((?:see(?: also)? \*([^*]+)\*|\*See ([^*]+)\*)\)/gi;

/**
 * Resolves the cross-references in texts (a section's paragraphs, a footnote's), "(see *Election
 * Day*)" and the like, to the sections they name. One reference may name several: "*A, B and C*".
 */
export function linkCrossReferences(
  texts: { line: number; text: string }[],
  titles: Map<string, Omit<CrossReference, 'phrase'>>,
): CrossReference[] {
  const references: CrossReference[] = [];
  for (const { line, text } of texts) {
    for (const match of text.matchAll(CROSS_REFERENCE)) {
      const named = match[1] ?? match[2];
      const phrases = splitTitles(named, [...titles.keys()]);
      if (!phrases) throw new ReportError(line, `cross-reference "${named}" names no chapter or subsection`);
      for (const phrase of phrases) references.push({ phrase, ...titles.get(phrase.toLowerCase())! });
    }
  }
  return references;
}
