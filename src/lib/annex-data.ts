import { getCollection } from 'astro:content';
import type { Results } from '../schemas/results.ts';
import { annexKind } from './annex-kind.ts';
import { paragraphPath } from './hrefs.ts';
import { findExpansion, parseNominations, type Nomination } from './nominations.ts';
import { chapterOf, getFootnotes, getRecommendations, getSections, type SectionEntry } from './report.ts';
import { toTitleCase } from './title-case.ts';
import type { Place, TextSection } from './report-statements.ts';
import { paragraphTexts } from './report-statements.ts';
import { url } from './url.ts';

/** Every section's numbered paragraphs with their Markdown text, for finding the report's own statements. */
export async function getTextSections(): Promise<TextSection[]> {
  return (await getSections())
    .filter((s) => s.data.kind !== 'cover')
    .map((s) => {
      const texts = paragraphTexts(s.body ?? '', s.data.paragraphs.length, s.filePath ?? s.id);
      return { chapter: chapterOf(s), paragraphs: s.data.paragraphs.map((p, i) => ({ n: p.n, text: texts[i] })) };
    });
}

/** The results annex as one entry, where the report has one. */
export async function getResults(): Promise<Results | undefined> {
  const entries = await getCollection('results');
  if (entries.length > 1) throw new Error(`content/results has ${entries.length} entries, expected one at most`);
  return entries[0]?.data;
}

/** The annexes that hold the results and the observers, where the report has them (found as the parser finds them). */
export async function getAnnexes(): Promise<{ results?: SectionEntry; observers?: SectionEntry }> {
  const annexes = (await getSections()).filter((s) => s.data.kind === 'annex');
  return {
    results: annexes.find((s) => annexKind(s.data.title) === 'results'),
    observers: annexes.find((s) => annexKind(s.data.title) === 'observers'),
  };
}

/** An annex's short name as its heading numbers it ("Annex II"), or its title. */
export function annexName(annex: SectionEntry | undefined): string {
  if (!annex) return 'the annex';
  const numbered = /^ANNEX ([IVXLC]+|\d+|[A-Z])\b/.exec(annex.data.title);
  return numbered ? `Annex ${numbered[1]}` : toTitleCase(annex.data.title);
}

/** A footnote by number, or an error. */
export async function getFootnote(n: number) {
  const found = (await getFootnotes()).find((f) => f.data.number === n);
  if (!found) throw new Error(`no footnote ${n}`);
  return found;
}

/** The footnote that names each contestant's nominator (the one footnote whose text names them all), parsed; nothing where none does. */
export async function getNominations(
  names: string[],
): Promise<{ footnote: number; chapter: string; nominations: Nomination[] } | undefined> {
  const notes = (await getFootnotes()).filter((f) => names.every((n) => f.body?.includes(n)));
  if (notes.length !== 1 || names.length < 2) return undefined;
  const [note] = notes;
  const section = (await getSections()).find((s) => s.data.slug === note.data.section);
  if (!section) throw new Error(`footnote ${note.data.number} cites unknown section ${note.data.section}`);
  try {
    return { footnote: note.data.number, chapter: chapterOf(section), nominations: parseNominations(note.body ?? '', names) };
  } catch {
    // A footnote that names them all but not as "Name, Nominator, …" is not a list of nominations.
    return undefined;
  }
}

/** What an abbreviation stands for, as the report writes it out somewhere in its text or footnotes. */
export async function getExpansion(abbreviation: string): Promise<string | undefined> {
  const texts = [
    ...(await getTextSections()).flatMap((s) => s.paragraphs.map((p) => p.text)),
    ...(await getFootnotes()).map((f) => f.body ?? ''),
  ];
  return findExpansion(abbreviation, texts);
}

/** The abbreviations in some labels ("Voting with AVCs") with what the report writes them out as, where it does. */
export async function getExpansions(labels: string[]): Promise<[string, string][]> {
  const abbreviations = [...new Set(labels.flatMap((l) => [...l.matchAll(/\b([A-Z]{2,})s?\b/g)].map((m) => m[1])))];
  const found = await Promise.all(abbreviations.map(async (a) => [a, await getExpansion(a)] as const));
  return found.filter((pair): pair is [string, string] => !!pair[1]);
}

/** The one recommendation whose wording includes some words, where exactly one does. */
export async function getRecommendationAbout(words: RegExp) {
  const found = (await getRecommendations()).filter((r) => words.test(r.data.inlineText));
  return found.length === 1 ? found[0].data : undefined;
}

/** The link to a numbered paragraph, with its label ("¶ 116"). */
export function paragraphLink(place: Place): { href: string; label: string } {
  return { href: url(paragraphPath(place.chapter, place.n)), label: `¶ ${place.n}` };
}
