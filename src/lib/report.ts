import { getCollection, type CollectionEntry } from 'astro:content';
import { toTitleCase } from './title-case.ts';

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
  const { number, title } = section.data;
  return number ? `${number}. ${toTitleCase(title)}` : toTitleCase(title);
}
