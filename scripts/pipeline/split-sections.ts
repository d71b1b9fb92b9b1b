import type { ContentsEntry } from './read-contents.ts';
import { ReportError } from './report-error.ts';
import type { Block } from './split-blocks.ts';
import { stripSuperscripts } from '../../src/lib/superscript.ts';

/** A section of the report with the blocks under its heading. */
export interface RawSection {
  kind: ContentsEntry['kind'];
  number: string;
  title: string;
  /** The heading line as printed (footnote references included). */
  heading: string;
  line: number;
  page: number;
  slug: string;
  /** Slug of the chapter a subsection belongs to. */
  parent?: string;
  blocks: Block[];
}

const NUMBERED = /^(?:[IVXLC]+|[A-Z])\. \S|^ANNEX [IVXLC]+: \S/;

/** The heading the table of contents leads one to expect. */
function expectedHeading(entry: ContentsEntry): string {
  return entry.number ? `${entry.number}. ${entry.title}` : entry.title;
}

/** Whether a block looks like a heading: one line, upper case, not a sentence. */
function looksLikeHeading(block: Block): boolean {
  if (block.lines.length !== 1) return false;
  const text = stripSuperscripts(block.lines[0]);
  if (NUMBERED.test(text)) return text === text.toUpperCase();
  return /[A-Z]{3}/.test(text) && text === text.toUpperCase() && !/[\t.,;:]$/.test(text) && !text.includes('\t');
}

/** Turns a title into a URL slug: "ANNEX I: FINAL ELECTION RESULTS" → "annex-i-final-election-results". */
export function slugify(title: string): string {
  return title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Splits the body at the headings the table of contents lists, in its order. What precedes the
 * first heading is the report's title block. A heading that differs from the contents, or an
 * upper-case line outside the annexes that the contents do not list, is an error.
 */
export function splitSections(body: Block[], contents: ContentsEntry[]): { titleBlocks: Block[]; sections: RawSection[] } {
  const titleBlocks: Block[] = [];
  const sections: RawSection[] = [];
  let chapter: string | undefined;
  for (const block of body) {
    const next = contents[sections.length];
    const current = sections.at(-1);
    if (looksLikeHeading(block)) {
      const text = stripSuperscripts(block.lines[0]);
      if (next && text === expectedHeading(next)) {
        const slug = slugify(next.title);
        if (next.kind === 'chapter') chapter = slug;
        sections.push({
          kind: next.kind,
          number: next.number,
          title: next.title,
          heading: block.lines[0],
          line: block.line,
          page: next.page,
          slug,
          parent: next.kind === 'subsection' ? chapter : undefined,
          blocks: [],
        });
        continue;
      }
      const inAnnex = current?.kind === 'annex' && !NUMBERED.test(text);
      if (!inAnnex) {
        const expected = next
          ? `the table of contents expects "${expectedHeading(next)}" next (line ${next.line})`
          : 'the table of contents lists no more headings';
        throw new ReportError(block.line, `unknown heading "${text}": ${expected}`);
      }
    }
    (current ? current.blocks : titleBlocks).push(block);
  }
  const missing = contents[sections.length];
  if (missing) {
    const last = body.at(-1);
    const end = last ? last.line + last.lines.length - 1 : 1;
    throw new ReportError(
      end,
      `the text ends before "${expectedHeading(missing)}", which the table of contents lists (line ${missing.line}): is the report cut short?`,
    );
  }
  const slugs = new Set<string>();
  for (const section of sections) {
    if (slugs.has(section.slug)) throw new ReportError(section.line, `two sections are called "${section.title}"`);
    slugs.add(section.slug);
  }
  return { titleBlocks, sections };
}
