/**
 * Parses a report into content/: one Markdown collection per folder, every file validated before
 * anything is written. `--check` compares instead of writing, and fails if content/ is stale.
 *
 *   node scripts/build-content.ts [--check] [--report DIR] [--source FILE] [--settings FILE] [--out DIR]
 *
 * The report's folder (REPORT, or content/source) holds report.txt and, optionally, report.yaml.
 */
import { parseArgs } from 'node:util';
import { formatError } from './pipeline/report-error.ts';
import { parseReport } from './pipeline/parse-report.ts';
import { toContentFiles, serialize } from './pipeline/to-markdown.ts';
import { validateContent } from './pipeline/validate-content.ts';
import { compareContent, readSource, writeContent } from './content-io.ts';
import { readSettings, reportFolder } from './report-folder.ts';

const { values } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    report: { type: 'string' },
    source: { type: 'string' },
    settings: { type: 'string' },
    out: { type: 'string', default: process.env.CONTENT_DIR || 'content' },
  },
});

let source = values.source ?? 'report.txt';
try {
  // The report's folder: its text and its settings.
  const folder = values.source ? undefined : reportFolder(values.report);
  source = values.source ?? folder!.text;
  const settingsPath = values.settings ?? folder?.settings ?? '';
  const settings = readSettings(settingsPath);
  // Read the single source of truth.
  const bytes = readSource(source);
  // Parse it into structured data, checking it as we go.
  const files = toContentFiles(parseReport(bytes, settings, settingsPath || 'report.yaml'));
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
    console.log(`wrote ${output.size} files to ${values.out}/ from ${source}`);
  }
} catch (error) {
  console.error(formatError(source, error));
  process.exitCode = 1;
}
