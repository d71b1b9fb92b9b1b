/**
 * Reads every footnote from the built pages, as one search record each: a footnote is found on
 * its own and its result links straight to the note (`/sections/media/#fn-62`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { FOOTNOTE_LIST, listingPosition, NOT_REPORT_TEXT } from '../src/scripts/search-facets.ts';

/** One footnote as Pagefind's `addCustomRecord` takes it. */
export interface FootnoteRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** The HTML files of a built site, without Pagefind's and Astro's asset folders. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !/[/\\](pagefind|_astro)[/\\]/.test(path));
}

/** The site path of a built file: dist/sections/media/index.html → /sections/media/. */
function pagePath(site: string, file: string): string {
  return `/${relative(site, file).split(sep).join('/')}`.replace(/index\.html$/, '');
}

/** The value of a search <meta> tag of the page (see SearchMeta.astro). */
function searchMeta(tree: Root, name: string): string | undefined {
  const value = select(`meta[name="search:${name}"]`, tree)?.properties.content;
  return typeof value === 'string' && value ? value : undefined;
}

/** A note's text as a reader sees it, without its back-link or screen-reader labels. */
function noteText(note: Element): string {
  const hidden = new Set(selectAll(['[data-pagefind-ignore]', ...NOT_REPORT_TEXT].join(', '), note));
  const strip = (node: Element): Element => ({
    ...node,
    children: node.children.filter((c) => !hidden.has(c as Element)).map((c) => (c.type === 'element' ? strip(c) : c)),
  });
  return toText(strip(note)).replace(/\s+/g, ' ').trim();
}

/** The search records of one built page's footnotes, filed under the page's chapter. */
function pageFootnotes(path: string, tree: Root): FootnoteRecord[] {
  const chapter = searchMeta(tree, 'chapter');
  const chapterNumber = searchMeta(tree, 'chapter-number');
  // The page a note stands on, named in its result: the chapter, or the title page's heading.
  const page = searchMeta(tree, 'title') ?? toText(select('h1', tree) ?? tree).trim();
  return selectAll(`${FOOTNOTE_LIST} li[id^="fn-"]`, tree).map((note) => {
    const n = String(note.properties.id).slice('fn-'.length);
    return {
      url: `${path}#fn-${n}`,
      content: noteText(note),
      language: 'en',
      meta: { title: `Footnote ${n}`, footnote: n, page, ...(chapterNumber ? { chapter: chapterNumber } : {}) },
      filters: { kind: ['footnote'], ...(chapter ? { chapter: [chapter] } : {}) },
      sort: { position: listingPosition('footnote', Number(n)) },
    };
  });
}

/** Every footnote of the built site, once each; a note shown on two pages is an error. */
export function readFootnoteRecords(site: string): FootnoteRecord[] {
  const records = htmlFiles(site).flatMap((file) => pageFootnotes(pagePath(site, file), fromHtml(readFileSync(file, 'utf8'))));
  const seen = new Map<string, string>();
  for (const record of records) {
    const { footnote } = record.meta;
    if (seen.has(footnote)) throw new Error(`footnote ${footnote} is on two pages: ${seen.get(footnote)} and ${record.url}`);
    if (!record.content) throw new Error(`${record.url}: the footnote has no text`);
    seen.set(footnote, record.url);
  }
  return records.sort((a, b) => Number(a.meta.footnote) - Number(b.meta.footnote));
}
