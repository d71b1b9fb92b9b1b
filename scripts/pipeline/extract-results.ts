import type { Figure, Results, ResultTable } from '../../src/schemas/results.ts';
import { ReportError } from './report-error.ts';
import type { RawSection } from './split-sections.ts';
import { parseSuperscript, SUPERSCRIPT_RUN } from '../../src/lib/superscript.ts';
import { tableRows } from './table-rows.ts';
import { isPrintedNumber, readPrinted } from '../../src/lib/printed-number.ts';

/**
 * Reads a results annex of any shape: rows of one cell are captions ("Second round"), rows of
 * text cells only are a table's header, the rows after a header (as many cells) are its rows,
 * and rows of two cells outside a table are key figures ("Registered voters<TAB>11,960,364").
 */
export function extractResults(annex: RawSection): Omit<Results, 'sic'> {
  const figures: Figure[] = [];
  const tables: ResultTable[] = [];
  let caption: string | undefined;
  let table: ResultTable | undefined;
  for (const { line, cells } of tableRows(annex.blocks)) {
    if (table && cells.length === table.columns.length && cells.some(isPrintedNumber)) {
      table.rows.push({ cells, line });
      continue;
    }
    table = undefined;
    if (cells.length === 1) {
      caption = cells[0];
    } else if (cells.length >= 2 && !cells.some(isPrintedNumber)) {
      if (cells.some((c) => c.trim() === '')) throw new ReportError(line, `${annex.title}: a column of this header row has no name`);
      table = { ...(caption ? { caption } : {}), columns: cells, rows: [], line };
      tables.push(table);
    } else if (cells.length === 2) {
      const [label, printed] = cells;
      const value = readPrinted(printed);
      figures.push({ label, printed, ...(value === undefined ? {} : { value }), ...(caption ? { caption } : {}), line });
    } else {
      throw new ReportError(
        line,
        `${annex.title}: a row of ${cells.length} cells outside a table: expected a figure ("LABEL<tab>VALUE"), a header row (column names only), or a caption`,
      );
    }
  }
  const empty = tables.find((t) => t.rows.length === 0);
  if (empty) throw new ReportError(empty.line, `${annex.title}: the table headed "${empty.columns.join(' | ')}" has no rows`);
  if (figures.length === 0 && tables.length === 0) throw new ReportError(annex.line, `${annex.title}: no figures and no table`);
  const footnote = annex.heading.match(SUPERSCRIPT_RUN);
  return {
    heading: annex.heading,
    section: annex.slug,
    ...(footnote ? { footnote: parseSuperscript(footnote[0]) } : {}),
    figures,
    tables,
  };
}
