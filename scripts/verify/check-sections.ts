import { sectionPath } from '../../src/lib/hrefs.ts';
import type { Site } from './built-pages.ts';
import { listOf, numberOf, type CheckResult, type Loss } from './loss.ts';
import type { ContentEntry } from './read-content.ts';
import { builtText, firstDifference, readMarkdownBlock } from './reader-text.ts';

/** The blocks of a Markdown body: the parser writes one per paragraph, a blank line between. */
const blocksOf = (body: string) => (body ? body.split(/\n{2,}/) : []);

/** A sub-heading the parser writes between paragraphs (`### …`). */
const isHeading = (block: string) => /^#{1,6}(?:[ \t]|$)/.test(block);

/** Compares one block of Markdown with its built element; a loss if it is not there as written. */
function compare(what: string, line: number, entry: ContentEntry, markdown: string[], built: string | undefined, file: string): Loss[] {
  if (built === undefined) return [{ line, message: `${what} is missing from ${file}` }];
  const blocks = markdown.map(readMarkdownBlock);
  const other = blocks.flatMap((b) => b.kinds).find((kind) => kind !== 'paragraph');
  if (other) return [{ line, message: `${what} is read as Markdown ${other}, not as text, in ${entry.file}` }];
  const expected = blocks.map((b) => b.text).join(' ');
  return expected === built ? [] : [{ line, message: `${what} differs from the source in ${file}: ${firstDifference(expected, built)}` }];
}

/** Every numbered paragraph is on its chapter's page (`p#p-N`), with the source's text. */
export function checkParagraphs(sections: ContentEntry[], site: Site): CheckResult {
  const losses: Loss[] = [];
  let count = 0;
  for (const entry of sections) {
    const paragraphs = listOf(entry.data.paragraphs);
    if (entry.data.kind === 'cover' || paragraphs.length === 0) continue;
    const blocks = blocksOf(entry.body).filter((block) => !isHeading(block));
    if (blocks.length !== paragraphs.length) {
      const message = `${blocks.length} paragraphs in the text of ${entry.file}, ${paragraphs.length} in its front matter`;
      losses.push({ line: numberOf(entry.data.line) ?? 0, message });
    }
    const chapter = String(entry.data.parent ?? entry.data.slug);
    const page = site.page(sectionPath(chapter));
    const file = page?.file ?? site.fileOf(sectionPath(chapter));
    paragraphs.forEach((paragraph, i) => {
      count++;
      const n = numberOf(paragraph.n);
      const element = page?.byId.get(`p-${n}`);
      const built = element?.tagName === 'p' ? builtText(element) : undefined;
      const markdown = blocks.length === paragraphs.length ? [blocks[i]] : [];
      losses.push(...compare(`paragraph ${n}`, numberOf(paragraph.line) ?? 0, entry, markdown, built, file));
    });
  }
  return { counted: `${count} paragraphs`, losses };
}

/** Every footnote is in the list of its chapter's page (`li#fn-N`), with the source's text. */
export function checkFootnotes(footnotes: ContentEntry[], sections: ContentEntry[], site: Site): CheckResult {
  const chapterOf = new Map(sections.map((s) => [String(s.data.slug), String(s.data.parent ?? s.data.slug)]));
  const losses = footnotes.flatMap((entry) => {
    const n = numberOf(entry.data.number);
    const section = String(entry.data.section);
    const path = sectionPath(chapterOf.get(section) ?? section);
    const page = site.page(path);
    const element = page?.byId.get(`fn-${n}`);
    const built = element?.tagName === 'li' ? builtText(element) : undefined;
    return compare(`footnote ${n}`, numberOf(entry.data.line) ?? 0, entry, blocksOf(entry.body), built, page?.file ?? site.fileOf(path));
  });
  return { counted: `${footnotes.length} footnotes`, losses };
}
