import type { CandidateResult, Figure, Results } from '../../src/schemas/results.ts';
import { ReportError } from './report-error.ts';
import type { RawSection } from './split-sections.ts';
import { parseSuperscript, SUPERSCRIPT_RUN } from '../../src/lib/superscript.ts';
import { tableRows } from './table-rows.ts';

const NUMBER = /^\d{1,3}(?:,\d{3})*(?:\.\d+)?%?$/;

/** Reads "11,960,364", "77.5%" or "1.82" as a number, or throws naming the line. */
function readNumber(printed: string, line: number): number {
  if (!NUMBER.test(printed)) throw new ReportError(line, `"${printed}" is not a number as the annex prints them`);
  return Number(printed.replace(/[,%]/g, ''));
}

/**
 * Reads Annex I: rows of two cells are key figures, then a header row of three cells and one row per
 * candidate. The footnote on the heading gives the source.
 */
export function extractResults(annex: RawSection): Omit<Results, 'sic'> {
  const figures: Figure[] = [];
  const candidates: CandidateResult[] = [];
  let columns: string[] | undefined;
  for (const { line, cells } of tableRows(annex.blocks)) {
    if (cells.length === 2 && !columns) {
      const [label, printed] = cells;
      figures.push({ label, printed, value: readNumber(printed, line) });
    } else if (cells.length === 3 && !columns) {
      columns = cells;
    } else if (cells.length === 3) {
      const [name, votesPrinted, percentagePrinted] = cells;
      candidates.push({
        name,
        votesPrinted,
        votes: readNumber(votesPrinted, line),
        percentagePrinted,
        percentage: readNumber(percentagePrinted, line),
        line,
      });
    } else {
      throw new ReportError(
        line,
        `Annex I: expected a figure ("LABEL<tab>VALUE") or a candidate ("NAME<tab>VOTES<tab>PERCENTAGE"), found ${cells.length} cell(s)`,
      );
    }
  }
  if (!columns || candidates.length === 0) throw new ReportError(annex.line, 'Annex I has no table of candidates');
  const footnote = annex.heading.match(SUPERSCRIPT_RUN);
  if (!footnote) throw new ReportError(annex.line, 'the heading of Annex I cites no footnote giving its source');
  return { heading: annex.heading, footnote: parseSuperscript(footnote[0]), figures, columns, candidates };
}
