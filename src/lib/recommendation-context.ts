import { excerptParagraph, type ParagraphExcerpt } from './paragraph-excerpt.ts';
import type { SectionEntry } from './report.ts';

/** A paragraph quoted from the chapter page that shows the section holding it. */
function quote(sections: SectionEntry[], n: number): ParagraphExcerpt | undefined {
  const holder = sections.find((s) => s.data.paragraphs.some((p) => p.n === n));
  return holder?.rendered?.html ? excerptParagraph(holder.rendered.html, n) : undefined;
}

/**
 * The paragraph that states a recommendation inline, quoted as the chapter renders it, with the
 * paragraph before it when the same chapter has one (a chapter's first paragraph has no context there).
 */
export function quoteAround(
  sections: SectionEntry[],
  chapter: SectionEntry,
  n: number,
): { before?: ParagraphExcerpt; inline: ParagraphExcerpt } {
  const ofChapter = sections.filter((s) => s === chapter || s.data.parent === chapter.data.slug);
  const inline = quote(ofChapter, n);
  if (!inline) throw new Error(`¶ ${n} is not in the rendered chapter "${chapter.data.slug}"`);
  return { before: quote(ofChapter, n - 1), inline };
}
