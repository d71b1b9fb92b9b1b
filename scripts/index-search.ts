/**
 * Indexes the built site with Pagefind, after `astro build` (which empties dist/). Any error from
 * Pagefind fails the build: a site without its search index must not ship.
 *
 *   node scripts/index-search.ts [--site dist]
 */
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';

const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' } } });

/** Throws on the errors a Pagefind response carries. */
function check<T extends { errors: string[] }>(step: string, response: T): T {
  if (response.errors.length > 0) throw new Error(`pagefind ${step}: ${response.errors.join('; ')}`);
  return response;
}

const { index, errors } = await pagefind.createIndex({});
try {
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  // Read every page of the built site; only <main data-pagefind-body> is indexed.
  const { page_count } = check('addDirectory', await index.addDirectory({ path: values.site }));
  if (page_count === 0) throw new Error(`pagefind: no pages indexed in ${values.site}/`);
  // Write the index next to the pages.
  check('writeFiles', await index.writeFiles({ outputPath: `${values.site}/pagefind` }));
  console.log(`pagefind: indexed ${page_count} pages`);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await pagefind.close();
}
