/**
 * Fails the build when anything of the report is missing from the built site, or shown other
 * than written: every numbered paragraph, footnote, recommendation, results row and observer,
 * each named by its source line (`report.txt:505: paragraph 104 is missing from dist/…`).
 *
 *   node scripts/verify-site.ts [--site dist] [--content content] [--source FILE]
 */
import { parseArgs } from 'node:util';
import { reportFolder } from './report-folder.ts';
import { formatVerdict, verifySite } from './verify/verify.ts';

const { values } = parseArgs({
  options: {
    site: { type: 'string', default: 'dist' },
    content: { type: 'string', default: process.env.CONTENT_DIR || 'content' },
    source: { type: 'string' },
  },
});

const started = performance.now();
try {
  // The report file to name in messages: the report.txt of REPORT (or of the default report) unless given.
  const source = values.source ?? reportFolder().text;
  // Read the collections and the built pages, and compare them.
  const verdict = verifySite({ site: values.site, content: values.content });
  // One line per loss, or one line of what was checked.
  const lines = formatVerdict(verdict, source, values.site, (performance.now() - started) / 1000);
  (verdict.losses.length ? console.error : console.log)(lines.join('\n'));
  if (verdict.losses.length) process.exitCode = 1;
} catch (error) {
  console.error(`verify-site: ${(error as Error).message}`);
  process.exitCode = 1;
}
