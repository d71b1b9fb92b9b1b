/** A value of one CSV cell: absent values become empty cells. */
export type CsvValue = string | number | boolean | null | undefined;

/** Characters that oblige a field to be quoted (RFC 4180, section 2). */
const NEEDS_QUOTES = /[",\r\n]/;

/** First characters that make a spreadsheet program read a text cell as a formula (OWASP, "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell a spreadsheet would run as a formula (`=HYPERLINK(…)`, `@SUM(…)`, `-2+3`), made
 * inert as OWASP recommends: a single quote before it, and the cell quoted. Only text is
 * neutralised: a number our own code writes (`-5`) is data, and prefixing it would make it text.
 */
export function neutraliseFormula(value: CsvValue): CsvValue {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

/** One field as RFC 4180 writes it: quoted when it holds a comma, quote or line break; quotes doubled. */
export function csvField(value: CsvValue): string {
  const neutral = neutraliseFormula(value);
  const text = neutral === null || neutral === undefined ? '' : String(neutral);
  // A leading or trailing space is data too; quoting keeps spreadsheet programs from trimming it.
  // A neutralised formula is quoted too, so that no program takes the quote for a delimiter.
  return NEEDS_QUOTES.test(text) || text !== text.trim() || neutral !== value ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Writes rows as RFC 4180 CSV: a header line of the column names, then one line per row, every
 * line ended by CRLF. Each row must have a value (possibly empty) for every column. Text cells
 * that start like a formula are neutralised (see `neutraliseFormula`); JSON files keep them as printed.
 */
export function toCsv<T extends Record<string, CsvValue>>(columns: readonly (keyof T & string)[], rows: readonly T[]): string {
  const line = (fields: CsvValue[]) => `${fields.map(csvField).join(',')}\r\n`;
  return line([...columns]) + rows.map((row) => line(columns.map((column) => row[column]))).join('');
}
