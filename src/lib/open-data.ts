import { getCollection } from 'astro:content';
import { citeReport } from './citation.ts';
import { footnotePath, paragraphPath, recommendationPath, sectionPath, shortRecommendationPath } from './hrefs.ts';
import {
  footnoteRecordSchema,
  paragraphRecordSchema,
  paragraphRowSchema,
  observerGroupRecordSchema,
  observerRowSchema,
  recommendationRecordSchema,
  resultCellSchema,
  resultsRecordSchema,
  sectionRecordSchema,
  type FootnoteRecord,
  type ParagraphRecord,
  type ParagraphRow,
  type ObserverGroupRecord,
  type ObserverRow,
  type RecommendationRecord,
  type ResultCell,
  type ResultsRecord,
  type SectionRecord,
} from './open-data-schemas.ts';
import { dataFileAnchor } from './open-data-files.ts';
import { permalink } from './permalink.ts';
import { paragraphTexts } from './report-statements.ts';
import { chapterOf, getFootnotes, getRecommendations, getReportMeta, getSections } from './report.ts';
import { readPrinted } from './printed-number.ts';
import { contestantId, readContest } from './results-tables.ts';

/** The recommendations, each with both wordings and its links, validated. */
export async function recommendationRecords(): Promise<RecommendationRecord[]> {
  return (await getRecommendations()).map(({ data, body }) => {
    const text = (body ?? '').trim();
    return recommendationRecordSchema.parse({
      ...data,
      text,
      wordingDiffers: text !== data.inlineText,
      paragraphLink: permalink(paragraphPath(data.chapter, data.paragraph)),
      shortLink: permalink(shortRecommendationPath(data.number)),
      permalink: permalink(recommendationPath(data.number)),
    });
  });
}

/** The footnotes, each with its text and the address of the note on its chapter's page, validated. */
export async function footnoteRecords(): Promise<FootnoteRecord[]> {
  const sections = await getSections();
  return (await getFootnotes()).map(({ data, body }) => {
    const chapter = chapterOf(sections.find((s) => s.data.slug === data.section)!);
    return footnoteRecordSchema.parse({ ...data, text: (body ?? '').trim(), permalink: permalink(footnotePath(chapter, data.number)) });
  });
}

/** Every numbered paragraph in reading order, with its pages, notes, recommendation and text, validated. */
export async function paragraphRecords(): Promise<ParagraphRecord[]> {
  const footnotes = await getFootnotes();
  return (await getSections())
    .filter((s) => s.data.paragraphs.length > 0)
    .flatMap((section) => {
      const texts = paragraphTexts(section.body ?? '', section.data.paragraphs.length, section.filePath ?? section.id);
      const chapter = chapterOf(section);
      return section.data.paragraphs.map((p, i) =>
        paragraphRecordSchema.parse({
          ...p,
          section: section.data.slug,
          chapter,
          footnotes: footnotes.filter((f) => f.data.paragraph === p.n).map((f) => f.data.number),
          text: texts[i],
          permalink: permalink(paragraphPath(chapter, p.n)),
        }),
      );
    });
}

/** The paragraphs as flat rows for paragraphs.csv, validated. */
export function paragraphRows(records: ParagraphRecord[]): ParagraphRow[] {
  return records.map(({ pages, footnotes, priority: _priority, ...p }) =>
    paragraphRowSchema.parse({
      ...p,
      pageFrom: pages.from,
      pageTo: pages.to,
      pagesCertain: pages.certain,
      footnotes: footnotes.join(' '),
    }),
  );
}

/** Every section in reading order, with its own text, validated. */
export async function sectionRecords(): Promise<SectionRecord[]> {
  return (await getSections()).map((section) =>
    sectionRecordSchema.parse({
      ...section.data,
      text: (section.body ?? '').trim(),
      permalink: permalink(sectionPath(chapterOf(section), section.data.slug)),
    }),
  );
}

/** The results annex, validated; null for a report without one. */
export async function resultsRecord(): Promise<ResultsRecord | null> {
  const [results] = await getCollection('results');
  if (!results) return null;
  return resultsRecordSchema.parse({ ...results.data, permalink: permalink(sectionPath(results.data.section)) });
}

/** Every cell of the results tables but the names, one row each, for results.csv, validated. */
export function resultCells(results: ResultsRecord | null): ResultCell[] {
  return (results?.tables ?? []).flatMap((table, t) => {
    const contest = readContest(table);
    const nameColumn = contest?.nameColumn ?? 0;
    return table.rows.flatMap((row, r) =>
      row.cells.flatMap((printed, c) => {
        if (c === nameColumn) return [];
        const value = readPrinted(printed);
        return [
          resultCellSchema.parse({
            table: t + 1,
            ...(table.caption ? { caption: table.caption } : {}),
            row: r + 1,
            name: row.cells[nameColumn],
            column: table.columns[c],
            printed,
            ...(value === undefined ? {} : { value }),
            line: row.line,
            permalink: `${results!.permalink}#${contestantId(row.cells[nameColumn], t)}`,
          }),
        ];
      }),
    );
  });
}

/** The list of observers filtered to a group, or to one person of it (`?group=…&q=…`, as the page reads its filter). */
function observerLink(group: string, person?: { givenName: string; surname: string }): string {
  const query = new URLSearchParams({ group, ...(person ? { q: `${person.givenName} ${person.surname}` } : {}) });
  return permalink(`${'/observers/'}?${query}`);
}

/** The groups of the list of observers in the order printed, each person linked to the list filtered to them, validated. */
export async function observerGroupRecords(): Promise<ObserverGroupRecord[]> {
  const groups = (await getCollection('observers')).sort((a, b) => a.data.order - b.data.order);
  return groups.map(({ data }) =>
    observerGroupRecordSchema.parse({
      ...data,
      members: data.members.map((m) => ({ ...m, permalink: observerLink(data.id, m) })),
      permalink: observerLink(data.id),
    }),
  );
}

/** Every person of the list of observers as one flat row with their group, for observers.csv, validated. */
export function observerRows(groups: ObserverGroupRecord[]): ObserverRow[] {
  return groups.flatMap((g) =>
    g.members.map((m) =>
      observerRowSchema.parse({
        ...m,
        group: g.id,
        groupHeading: g.heading,
        ...(g.parentHeading ? { parentHeading: g.parentHeading } : {}),
      }),
    ),
  );
}

/** A JSON data file: where its records come from, where it is documented, and the records under their key. */
export async function jsonFile(name: string, key: string, records: unknown): Promise<string> {
  const file = { report: citeReport(await getReportMeta()), documentation: permalink(`/data/#${dataFileAnchor(name)}`), [key]: records };
  return `${JSON.stringify(file, null, 2)}\n`;
}
