import { readFileSync } from 'node:fs';
import { paragraphsOf } from '../scripts/pipeline/number-paragraphs.ts';
import { parseReport, type Report } from '../scripts/pipeline/parse-report.ts';
import { readSettings } from '../scripts/report-folder.ts';
import { readContest } from '../src/lib/results-tables.ts';

/** The folder of the report the site publishes by default. */
export const REPORT_FOLDER = 'content/source';

/** Path of the report, the project's single source of truth. */
export const REPORT_PATH = `${REPORT_FOLDER}/report.txt`;

/** The report's bytes. */
export const reportBytes = (): Buffer => readFileSync(REPORT_PATH);

/** The report's lines, as in the file. */
export const reportLines = (): string[] => readFileSync(REPORT_PATH, 'utf8').split('\n');

/** The report's settings: its address, the misprints to mark, the names of one state. */
export const reportSettings = () => readSettings(`${REPORT_FOLDER}/report.yaml`);

/** The editorial list of misprints. */
export const sicList = () => reportSettings().sic;

let parsed: Report | undefined;
/** The real report with its settings, parsed once per test file. */
export function realReport(): Report {
  parsed ??= parseReport(reportBytes(), reportSettings());
  return parsed;
}

/** The candidates of the real report's results table, their numbers read as the results page reads them. */
export function realCandidates() {
  const contest = readContest(realReport().results!.tables[0])!;
  return contest.contestants.map((c) => ({
    name: c.name,
    votes: c.votes!,
    votesPrinted: c.votesPrinted!,
    percentage: c.share!,
    percentagePrinted: c.sharePrinted!,
    line: c.line,
  }));
}

/** The printed pages of the paragraph that lists a recommendation in the recommendations chapter, as citations give them. */
export function listedPages(n: number) {
  const report = realReport();
  const listed = report.recommendations.find((r) => r.number === n)!.listParagraph;
  return report.sections.flatMap(paragraphsOf).find((p) => p.n === listed)!.pages!;
}
