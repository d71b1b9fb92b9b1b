import { getCollection, type CollectionEntry } from 'astro:content';
import type { ReportMeta } from '../schemas/report.ts';
import { numberedTitle, toTitleCase } from './title-case.ts';

export type SectionEntry = CollectionEntry<'sections'>;
export type FootnoteEntry = CollectionEntry<'footnotes'>;
export type RecommendationEntry = CollectionEntry<'recommendations'>;

/** A chapter (or annex, or "About ODIHR") with its subsections, as one page shows them. */
export interface Chapter {
  entry: SectionEntry;
  subsections: SectionEntry[];
}

/** All sections in reading order. */
export async function getSections(): Promise<SectionEntry[]> {
  return (await getCollection('sections')).sort((a, b) => a.data.order - b.data.order);
}

/** The chapters, annexes and "About ODIHR" in reading order, each with its subsections. */
export async function getChapters(): Promise<Chapter[]> {
  const sections = await getSections();
  return sections
    .filter((s) => s.data.kind !== 'subsection' && s.data.kind !== 'cover')
    .map((entry) => ({ entry, subsections: sections.filter((s) => s.data.parent === entry.data.slug) }));
}

/** The cover section: the report's title page. */
export async function getCover(): Promise<SectionEntry> {
  const cover = (await getSections()).find((s) => s.data.kind === 'cover');
  if (!cover) throw new Error('content/sections has no cover');
  return cover;
}

/** The footnotes in number order. */
export async function getFootnotes(): Promise<FootnoteEntry[]> {
  return (await getCollection('footnotes')).sort((a, b) => a.data.number - b.data.number);
}

/** The recommendations in number order. */
export async function getRecommendations(): Promise<RecommendationEntry[]> {
  return (await getCollection('recommendations')).sort((a, b) => a.data.number - b.data.number);
}

/** The slug of the chapter page that shows a section. */
export function chapterOf(section: SectionEntry): string {
  return section.data.parent ?? section.data.slug;
}

/** A section's heading for navigation, in title case: "XIII. Election Day". */
export function navTitle(section: SectionEntry): string {
  return numberedTitle(section.data);
}

/** The publication, as the report's title page prints it. */
export async function getReportMeta(): Promise<ReportMeta> {
  const entries = await getCollection('report');
  if (entries.length !== 1) throw new Error(`content/report has ${entries.length} entries, expected one`);
  return entries[0].data;
}

/** The chapter that lists the recommendations, where the report has one. */
export async function getRecommendationsChapter(): Promise<SectionEntry | undefined> {
  return (await getSections()).find((s) => s.data.kind === 'chapter' && s.data.title === 'RECOMMENDATIONS');
}

/** What a chapter is called in running text: "chapter XV", or its title where it has no number. */
export function chapterName(section: SectionEntry | undefined): string {
  if (!section) return 'the recommendations chapter';
  return section.data.number ? `chapter ${section.data.number}` : toTitleCase(section.data.title);
}

/** The first and last paragraph numbers of the report ("¶ 1–158"). */
export async function paragraphRange(): Promise<string> {
  const numbers = (await getSections()).flatMap((s) => s.data.paragraphs.map((p) => p.n));
  return numbers.length ? `¶ ${Math.min(...numbers)}–${Math.max(...numbers)}` : 'no numbered paragraphs';
}

/** The report in a phrase for descriptions: "the ODIHR final report on the early presidential election in the Republic of …". */
export function reportPhrase(meta: ReportMeta): string {
  return `the ODIHR final report on the ${meta.election.toLowerCase()} in ${countryInText(meta)} (${meta.electionDate.printed})`;
}

/** The country's name in running text: formal names take "the" ("the Republic of …", "the Netherlands"). */
export function countryInText(meta: ReportMeta): string {
  return /\b(?:Republic|Kingdom|Federation|Principality|Duchy|States|Netherlands)\b/.test(meta.country)
    ? `the ${meta.country}`
    : meta.country;
}
