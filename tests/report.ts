import { readFileSync } from 'node:fs';
import { parseReport, type Report } from '../scripts/pipeline/parse-report.ts';

/** Path of the report, the project's single source of truth. */
export const REPORT_PATH = 'content/source/odihr-kazakhstan-2019-final-report.txt';

/** The report's bytes. */
export const reportBytes = (): Buffer => readFileSync(REPORT_PATH);

/** The report's lines, as in the file. */
export const reportLines = (): string[] => readFileSync(REPORT_PATH, 'utf8').split('\n');

let parsed: Report | undefined;
/** The real report, parsed once per test file. */
export function realReport(): Report {
  parsed ??= parseReport(reportBytes());
  return parsed;
}
