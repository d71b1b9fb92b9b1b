/**
 * Parses the report into content/: one Markdown collection per folder, every file validated before
 * anything is written. `--check` compares instead of writing, and fails if content/ is stale.
 *
 *   node scripts/build-content.ts [--check] [--source FILE] [--sic FILE] [--out DIR]
 */
import { parseArgs } from 'node:util';
import { formatError } from './pipeline/report-error.ts';
import { parseReport } from './pipeline/parse-report.ts';
import { toContentFiles, serialize } from './pipeline/to-markdown.ts';
import { validateContent } from './pipeline/validate-content.ts';
import { compareContent, readSicList, readSource, writeContent } from './content-io.ts';

const { values } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    source: { type: 'string', default: 'content/source/odihr-kazakhstan-2019-final-report.txt' },
    sic: { type: 'string', default: 'content/source/sic.yaml' },
    out: { type: 'string', default: 'content' },
  },
});

try {
  // Read the single source of truth.
  const bytes = readSource(values.source);
  // Parse it into structured data, checking it as we go.
  const files = toContentFiles(parseReport(bytes, readSicList(values.sic)));
  // Validate against the collections' zod schemas and cross-references.
  const problems = validateContent(files);
  if (problems.length > 0) throw new Error(`the parsed content is invalid:\n  ${problems.join('\n  ')}`);
  // Serialize to Markdown with YAML front matter.
  const output = new Map(files.map((f) => [f.path, serialize(f)]));
  if (values.check) {
    // Compare with what is committed.
    const stale = compareContent(values.out, output);
    if (stale.length > 0) throw new Error(`content/ differs from a fresh parse (run npm run content):\n  ${stale.join('\n  ')}`);
    console.log(`content/ is up to date: ${output.size} files`);
  } else {
    // Write all at once, or nothing.
    writeContent(values.out, output);
    console.log(`wrote ${output.size} files to ${values.out}/`);
  }
} catch (error) {
  console.error(formatError(values.source, error));
  process.exitCode = 1;
}
