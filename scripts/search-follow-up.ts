/**
 * Reads the section "Follow-up of earlier recommendations" of the built recommendations page as one
 * search record (kind "follow-up"): the page is not indexed as a whole (each recommendation has its
 * own page), but the assessments are found by their words ("partially implemented").
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { listingPosition, NOT_REPORT_TEXT } from '../src/scripts/search-facets.ts';
import type { SearchRecord } from './search-footnotes.ts';

/** The section's id on the recommendations page. */
const SECTION = 'section#follow-up';

/** The section's text as a reader sees it, without what search must not see. */
function sectionText(section: Element): string {
  const hidden = new Set(selectAll(['[data-pagefind-ignore]', ...NOT_REPORT_TEXT].join(', '), section));
  const strip = (node: Element): Element => ({
    ...node,
    children: node.children.filter((c) => !hidden.has(c as Element)).map((c) => (c.type === 'element' ? strip(c) : c)),
  });
  return toText(strip(section)).replace(/\s+/g, ' ').trim();
}

/** The follow-up section of the built site as a search record; none when the report makes no follow-up statement. */
export function readFollowUpRecord(site: string): SearchRecord | undefined {
  const file = join(site, 'recommendations', 'index.html');
  if (!existsSync(file)) return undefined;
  const section = select(SECTION, fromHtml(readFileSync(file, 'utf8')));
  if (!section) return undefined;
  const heading = toText(select('h2', section) ?? section).trim();
  const chapter = section.properties.dataSearchChapter;
  const chapterNumber = section.properties.dataSearchChapterNumber;
  return {
    url: '/recommendations/#follow-up',
    content: sectionText(section),
    language: 'en',
    meta: { title: heading, ...(typeof chapterNumber === 'string' ? { chapter: chapterNumber } : {}) },
    filters: { kind: ['follow-up'], ...(typeof chapter === 'string' ? { chapter: [chapter] } : {}) },
    sort: { position: listingPosition('follow-up', 1) },
  };
}
