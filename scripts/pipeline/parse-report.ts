import type { ObserverGroup } from '../../src/schemas/observers.ts';
import type { Results } from '../../src/schemas/results.ts';
import type { CrossReference } from '../../src/schemas/section.ts';
import type { PrintedPages } from '../../src/schemas/page.ts';
import type { ReportMeta } from '../../src/schemas/report.ts';
import type { ReportSettings } from '../../src/schemas/settings.ts';
import type { Sic } from '../../src/schemas/sic.ts';
import { extractFollowUp, statementTexts, type ParsedFollowUp } from './extract-follow-up.ts';
import { extractFootnotes, type RawFootnote } from './extract-footnotes.ts';
import { extractObservers } from './extract-observers.ts';
import { extractRecommendations, type ParsedRecommendation } from './extract-recommendations.ts';
import { extractResults } from './extract-results.ts';
import { unmatchedSic } from './find-sic.ts';
import { citingTexts, linkCrossReferences, linkFootnotes, type Citation } from './link-references.ts';
import { normalizeText } from './normalize-text.ts';
import { countPages, type Stretch } from './count-pages.ts';
import { numberParagraphs, paragraphsOf, type ProseSection } from './number-paragraphs.ts';
import { readContents } from './read-contents.ts';
import { readCover } from './read-cover.ts';
import { annexKind } from '../../src/lib/annex-kind.ts';
import { FileError, ReportError } from './report-error.ts';
import { rejoinParagraphs } from './rejoin-paragraphs.ts';
import { blockText, splitBlocks, type Block } from './split-blocks.ts';

/** A block of the source as a stretch of running text, for counting pages. */
const blockLines = (b: Block): Stretch => ({ kind: 'text', lines: b.lines.map((_, i) => b.line + i) });
import { splitSections, type RawSection } from './split-sections.ts';

/** The whole report as structured data, ready to be written as Markdown collections. */
export interface Report {
  /** The publication, as its title page prints it, and the report's settings. */
  meta: ReportMeta;
  /** The title page and the title block above chapter I. */
  cover: Block[];
  /** The report's title as printed above chapter I, with its footnote reference. */
  title: string;
  sections: ProseSection[];
  footnotes: (RawFootnote & Citation & { crossReferences: CrossReference[]; pages: PrintedPages })[];
  /** The page ends the table of contents implies but the text does not show: the headings after them, and how many. */
  unplacedPageEnds: { line: number; title: string; missing: number }[];
  recommendations: ParsedRecommendation[];
  /** The results annex, where the report has one. */
  results?: Omit<Results, 'sic'>;
  observers: Omit<ObserverGroup, 'sic'>[];
  crossReferences: Map<string, CrossReference[]>;
  /** The misprints to mark, each found in the text. */
  sic: Sic[];
  /** The statement on the follow-up of earlier reports' recommendations, where the report makes one. */
  followUp?: ParsedFollowUp;
}

/** The annex that holds results or observers, if the report has one. */
function annex(sections: RawSection[], holds: 'results' | 'observers'): RawSection | undefined {
  return sections.find((s) => s.kind === 'annex' && annexKind(s.title) === holds);
}

/** Parses the report's bytes into structured data, checking it as it goes; the settings list misprints to mark. */
export function parseReport(bytes: Uint8Array, settings: Partial<ReportSettings> = {}, settingsPath = 'report.yaml'): Report {
  const sic = settings.sic ?? [];
  // Text and blocks: UTF-8, one line ending, blocks between blank lines.
  const blocks = splitBlocks(normalizeText(bytes));
  // The table of contents names the headings to expect.
  const { cover, contents, body } = readContents(blocks);
  // The title page names the country, the election and the publication.
  const meta = readCover(cover, settings);
  // Footnotes leave the running text.
  const { footnotes, blocks: text } = extractFootnotes(body);
  // Sections under their headings.
  const { titleBlocks, sections: raw } = splitSections(text, contents);
  // Paragraphs cut by page breaks are joined, then numbered through the report.
  const isTopic = (t: string) => raw.some((s) => s.kind === 'chapter' && s.title.toLowerCase() === t.toLowerCase());
  // The annexes of results and observers are tables; any other annex is text like a chapter.
  const resultsAnnex = annex(raw, 'results');
  const observersAnnex = annex(raw, 'observers');
  const isTable = (s: RawSection) => s === resultsAnnex || s === observersAnnex;
  const sections = numberParagraphs(raw.map((s) => ({ ...s, pieces: isTable(s) ? [] : rejoinParagraphs(s.blocks, isTopic) })));
  // The annexes as data.
  const results = resultsAnnex ? extractResults(resultsAnnex) : undefined;
  const observers = observersAnnex ? extractObservers(observersAnnex) : [];
  // References: footnotes to the text citing them.
  const title = titleBlocks.at(-1);
  if (!title) throw new ReportError(body[0]?.line ?? 1, 'no report title above chapter I');
  const citations = linkFootnotes(
    [...titleBlocks.map((b) => ({ section: 'cover', line: b.line, text: blockText(b) })), ...citingTexts(sections)],
    footnotes,
  );
  // Printed pages: where the text shows them end, checked against the table of contents.
  const pages = countPages(
    [
      ...sections.flatMap((s): Stretch[] => [
        { kind: 'text', lines: [s.line] },
        ...(s.pieces.length
          ? s.pieces.map((p) => ({ kind: 'text' as const, lines: p.heading ? [p.line] : p.lines }))
          : s.blocks.map(blockLines)),
      ]),
      ...titleBlocks.map(blockLines),
      ...footnotes.map((f): Stretch => ({ kind: 'footnote', lines: f.lines })),
    ],
    sections.map((s) => ({ line: s.line, page: s.page, title: s.title })),
    footnotes.map((f) => ({ reference: citations.get(f.number)!.line, note: f.lines[0] })),
  );
  for (const p of sections.flatMap(paragraphsOf)) p.pages = pages.pagesOf(p.lines[0], p.lines.at(-1)!);
  // Recommendations of the recommendations chapter, matched to their inline wording.
  const recommendations = extractRecommendations(sections);
  // What the report says became of earlier reports' recommendations, where it says it.
  const followUp = extractFollowUp(statementTexts(sections, footnotes, citations));
  // Cross-references to sections.
  const titles = new Map(
    sections
      .filter((s) => s.kind === 'chapter' || s.kind === 'subsection')
      .map((s) => [s.title.toLowerCase(), { target: s.slug, chapter: s.parent ?? s.slug }]),
  );
  const crossReferences = new Map(sections.map((s) => [s.slug, linkCrossReferences(s.pieces, titles)]));
  // Every misprint listed must still stand in the text.
  const texts = [
    ...sections.flatMap((s) => [s.heading, ...s.pieces.map((p) => p.text), ...s.blocks.map(blockText)]),
    ...footnotes.flatMap((f) => f.paragraphs),
  ];
  const stale = unmatchedSic(texts, sic);
  if (stale.length > 0) {
    throw new FileError(settingsPath, `sic: ${stale.map((e) => `"${e.text}"`).join(', ')} stand(s) nowhere in the report's text`);
  }
  return {
    meta,
    cover: [...cover, ...titleBlocks],
    title: blockText(title),
    sections,
    footnotes: footnotes.map((f) => ({
      ...f,
      ...citations.get(f.number)!,
      line: f.line,
      pages: pages.pagesOf(f.lines[0], f.lines.at(-1)!),
      crossReferences: linkCrossReferences(
        f.paragraphs.map((text, i) => ({ line: f.line + i, text })),
        titles,
      ),
    })),
    recommendations,
    results,
    observers,
    crossReferences,
    sic,
    unplacedPageEnds: pages.unplaced,
    ...(followUp ? { followUp } : {}),
  };
}
