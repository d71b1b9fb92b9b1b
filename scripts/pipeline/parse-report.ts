import type { ObserverGroup } from '../../src/schemas/observers.ts';
import type { Results } from '../../src/schemas/results.ts';
import type { CrossReference } from '../../src/schemas/section.ts';
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
import { numberParagraphs, type ProseSection } from './number-paragraphs.ts';
import { readContents } from './read-contents.ts';
import { readCover } from './read-cover.ts';
import { FileError, ReportError } from './report-error.ts';
import { rejoinParagraphs } from './rejoin-paragraphs.ts';
import { blockText, splitBlocks, type Block } from './split-blocks.ts';
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
  footnotes: (RawFootnote & Citation & { crossReferences: CrossReference[] })[];
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

/** The annex whose title says what it holds ("… ELECTION RESULTS", "… OBSERVERS"), if the report has one. */
function annex(sections: RawSection[], holds: RegExp): RawSection | undefined {
  return sections.find((s) => s.kind === 'annex' && holds.test(s.title));
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
  const resultsAnnex = annex(raw, /RESULTS/);
  const observersAnnex = annex(raw, /OBSERVERS/);
  const isTable = (s: RawSection) => s === resultsAnnex || s === observersAnnex;
  const sections = numberParagraphs(raw.map((s) => ({ ...s, pieces: isTable(s) ? [] : rejoinParagraphs(s.blocks, isTopic) })));
  // Recommendations of the recommendations chapter, matched to their inline wording.
  const recommendations = extractRecommendations(sections);
  // The annexes as data.
  const results = resultsAnnex ? extractResults(resultsAnnex) : undefined;
  const observers = observersAnnex ? extractObservers(observersAnnex) : [];
  // References: footnotes to the text citing them, cross-references to sections.
  const title = titleBlocks.at(-1);
  if (!title) throw new ReportError(body[0]?.line ?? 1, 'no report title above chapter I');
  const citations = linkFootnotes(
    [...titleBlocks.map((b) => ({ section: 'cover', line: b.line, text: blockText(b) })), ...citingTexts(sections)],
    footnotes,
  );
  // What the report says became of earlier reports' recommendations, where it says it.
  const followUp = extractFollowUp(statementTexts(sections, footnotes, citations));
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
    ...(followUp ? { followUp } : {}),
  };
}
