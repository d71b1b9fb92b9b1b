import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';

/** One numbered paragraph of the report, cut out of its section's rendered HTML to quote on another page. */
export interface ParagraphExcerpt {
  /** Its number through the report. */
  n: number;
  /** Its HTML, as the chapter renders it, without the number in the margin. */
  html: string;
  /** Numbers of the footnotes it cites, in order. */
  footnotes: number[];
}

/** Anchors of a footnote quoted on a page that is not the chapter's (where `fn-<n>` and `fnref-<n>` live). */
export const quotedNoteId = (n: number) => `note-${n}`;
export const quotedNoterefId = (n: number) => `noteref-${n}`;

const cache = new Map<string, Root>();

/**
 * Cuts paragraph ¶ n out of a section's rendered HTML, or returns undefined if the section does
 * not hold it. The quote keeps the chapter's markup (footnote references, cross-references,
 * emphasis) but drops the paragraph's own id and margin number, and points its footnote
 * references to `#note-<n>`, so the page quoting it can list the notes without clashing ids.
 */
export function excerptParagraph(sectionHtml: string, n: number): ParagraphExcerpt | undefined {
  if (!cache.has(sectionHtml)) cache.set(sectionHtml, fromHtml(sectionHtml, { fragment: true }));
  const found = select(`p#p-${n}`, cache.get(sectionHtml)!);
  if (!found) return undefined;
  const p = structuredClone(found);
  p.properties = {};
  p.children = p.children.filter((c) => !(c.type === 'element' && hasClass(c, 'pnum')));
  // The margin number was followed by a space that now leads the text.
  if (p.children[0]?.type === 'text') p.children[0].value = p.children[0].value.trimStart();
  const footnotes: number[] = [];
  for (const ref of selectAll('a[data-footnote]', p)) {
    const note = Number(ref.properties.dataFootnote);
    footnotes.push(note);
    ref.properties.href = `#${quotedNoteId(note)}`;
    ref.properties.id = quotedNoterefId(note);
  }
  return { n, html: toHtml(p), footnotes };
}

function hasClass(element: Element, name: string): boolean {
  return ((element.properties.className as string[] | undefined) ?? []).includes(name);
}
