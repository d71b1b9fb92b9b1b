import { getCollection } from 'astro:content';
import type { Results } from '../schemas/results.ts';
import { paragraphPath } from './hrefs.ts';
import { findExpansion, parseNominations, type Nomination } from './nominations.ts';
import { chapterOf, getFootnotes, getRecommendations, getSections } from './report.ts';
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

/** Annex I as one entry. */
export async function getResults(): Promise<Results> {
  const entries = await getCollection('results');
  if (entries.length !== 1) throw new Error(`content/results has ${entries.length} entries, expected one`);
  return entries[0].data;
}

/** A footnote by number, or an error. */
export async function getFootnote(n: number) {
  const found = (await getFootnotes()).find((f) => f.data.number === n);
  if (!found) throw new Error(`no footnote ${n}`);
  return found;
}

/** The footnote that names each candidate's nominator (the one whose text names them all), parsed. */
export async function getNominations(results: Results): Promise<{ footnote: number; chapter: string; nominations: Nomination[] }> {
  const names = results.candidates.map((c) => c.name);
  const notes = (await getFootnotes()).filter((f) => names.every((n) => f.body?.includes(n)));
  if (notes.length !== 1) throw new Error(`${notes.length} footnotes name all the candidates of Annex I, expected one`);
  const [note] = notes;
  const section = (await getSections()).find((s) => s.data.slug === note.data.section);
  if (!section) throw new Error(`footnote ${note.data.number} cites unknown section ${note.data.section}`);
  return { footnote: note.data.number, chapter: chapterOf(section), nominations: parseNominations(note.body ?? '', names) };
}

/** What an abbreviation stands for, as the report writes it out somewhere in its text or footnotes. */
export async function getExpansion(abbreviation: string): Promise<string | undefined> {
  const texts = [
    ...(await getTextSections()).flatMap((s) => s.paragraphs.map((p) => p.text)),
    ...(await getFootnotes()).map((f) => f.body ?? ''),
  ];
  return findExpansion(abbreviation, texts);
}

/** The recommendation whose wording includes some words. */
export async function getRecommendationAbout(words: string) {
  const found = (await getRecommendations()).filter((r) => r.data.inlineText.includes(words));
  if (found.length !== 1) throw new Error(`${found.length} recommendations say "${words}", expected one`);
  return found[0].data;
}

/** The link to a numbered paragraph, with its label ("¶ 116"). */
export function paragraphLink(place: Place): { href: string; label: string } {
  return { href: url(paragraphPath(place.chapter, place.n)), label: `¶ ${place.n}` };
}
