/**
 * Indexes the built site with Pagefind, after `astro build` (which empties dist/). Any error from
 * Pagefind fails the build: a site without its search index must not ship.
 *
 *   node scripts/index-search.ts [--site dist] [--content content]
 */
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { FOOTNOTE_LIST, NOT_REPORT_TEXT } from '../src/scripts/search-facets.ts';
import { readFollowUpRecord } from './search-follow-up.ts';
import { readFootnoteRecords } from './search-footnotes.ts';

const { values } = parseArgs({
  options: { site: { type: 'string', default: 'dist' }, content: { type: 'string', default: process.env.CONTENT_DIR || 'content' } },
});

/** Throws on the errors a Pagefind response carries. */
function check<T extends { errors: string[] }>(step: string, response: T): T {
  if (response.errors.length > 0) throw new Error(`pagefind ${step}: ${response.errors.join('; ')}`);
  return response;
}

// Footnote lists are left out of their pages: each note becomes a record of its own below, so
// that "kind: footnote" can be filtered and a note is not found twice.
const { index, errors } = await pagefind.createIndex({ excludeSelectors: [...NOT_REPORT_TEXT, FOOTNOTE_LIST] });
try {
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  // Read every page of the built site; only <main data-pagefind-body> is indexed.
  const { page_count } = check('addDirectory', await index.addDirectory({ path: values.site }));
  if (page_count === 0) throw new Error(`pagefind: no pages indexed in ${values.site}/`);
  // One record per footnote, read from content/, linking to the note on its page.
  const footnotes = readFootnoteRecords(values.content);
  for (const record of footnotes) check(`footnote ${record.url}`, await index.addCustomRecord(record));
  // The follow-up of earlier recommendations, a section of the (unindexed) recommendations page.
  const followUp = readFollowUpRecord(values.site);
  if (followUp) check('follow-up', await index.addCustomRecord(followUp));
  // Write the index next to the pages.
  check('writeFiles', await index.writeFiles({ outputPath: `${values.site}/pagefind` }));
  console.log(
    `pagefind: indexed ${page_count} pages, ${footnotes.length} footnotes${followUp ? ' and the follow-up of earlier recommendations' : ''}`,
  );
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await pagefind.close();
}
