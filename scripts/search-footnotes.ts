/**
 * Every footnote of the report as one search record, read from content/ (the parser's output, which
 * verify-site has checked the built pages against) rather than from the built pages: a footnote is
 * found on its own, and its result links straight to the note on its page (`/sections/media/#fn-62`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { footnotePath } from '../src/lib/hrefs.ts';
import { numberedTitle, reportHeading } from '../src/lib/title-case.ts';
import { listingPosition } from '../src/scripts/search-facets.ts';
import { parseEntry, readContent, type ContentEntry } from './verify/read-content.ts';
import { readMarkdownBlock } from './verify/reader-text.ts';

/** One record as Pagefind's `addCustomRecord` takes it. */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** The title page's heading, as the home page prints it. */
function titlePageHeading(content: string): string {
  const file = join(content, 'report', 'report.md');
  if (!existsSync(file)) return 'Title page';
  const { data } = parseEntry(file, readFileSync(file, 'utf8'));
  return reportHeading(data as Parameters<typeof reportHeading>[0]);
}

/** Every footnote of the report under a content/ folder, in number order, each filed under the chapter whose page shows it. */
export function readFootnoteRecords(content: string): SearchRecord[] {
  const { sections, footnotes } = readContent(content);
  const bySlug = new Map(sections.map((s) => [String(s.data.slug), s]));
  return footnotes
    .map((entry) => {
      const n = Number(entry.data.number);
      const section = bySlug.get(String(entry.data.section));
      if (!section) throw new Error(`${entry.file}: footnote ${n} stands in an unknown section "${String(entry.data.section)}"`);
      const chapter = bySlug.get(String(section.data.parent ?? section.data.slug))!;
      const isCover = chapter.data.kind === 'cover';
      const text = entry.body
        .split(/\n{2,}/)
        .map((block) => readMarkdownBlock(block).text)
        .join(' ');
      if (!text) throw new Error(`${entry.file}: footnote ${n} has no text`);
      const number = String(chapter.data.number ?? '');
      return {
        url: footnotePath(String(chapter.data.slug), n),
        content: text,
        language: 'en',
        meta: {
          title: `Footnote ${n}`,
          footnote: String(n),
          page: isCover ? titlePageHeading(content) : numberedTitle(chapter.data as { number?: string; title: string }),
          ...(number ? { chapter: number } : {}),
        },
        filters: {
          kind: ['footnote'],
          ...(isCover ? {} : { chapter: [numberedTitle(chapter.data as { number?: string; title: string })] }),
        },
        sort: { position: listingPosition('footnote', n) },
      };
    })
    .sort((a, b) => Number(a.meta.footnote) - Number(b.meta.footnote));
}
