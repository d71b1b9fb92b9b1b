import { readFileSync } from 'node:fs';
import { readSicList } from '../scripts/content-io.ts';
import { parseReport, type Report } from '../scripts/pipeline/parse-report.ts';

/** Path of the report, the project's single source of truth. */
export const REPORT_PATH = 'content/source/odihr-kazakhstan-2019-final-report.txt';

/** The report's bytes. */
export const reportBytes = (): Buffer => readFileSync(REPORT_PATH);

/** The report's lines, as in the file. */
export const reportLines = (): string[] => readFileSync(REPORT_PATH, 'utf8').split('\n');

let parsed: Report | undefined;
/** The editorial list of misprints. */
export const sicList = () => readSicList('content/source/sic.yaml');

/** The real report with its list of misprints, parsed once per test file. */
export function realReport(): Report {
  parsed ??= parseReport(reportBytes(), sicList());
  return parsed;
}
