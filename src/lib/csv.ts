/** A value of one CSV cell: absent values become empty cells. */
export type CsvValue = string | number | boolean | null | undefined;

/** Characters that oblige a field to be quoted (RFC 4180, section 2). */
const NEEDS_QUOTES = /[",\r\n]/;

/** One field as RFC 4180 writes it: quoted when it holds a comma, quote or line break; quotes doubled. */
export function csvField(value: CsvValue): string {
  const text = value === null || value === undefined ? '' : String(value);
  // A leading or trailing space is data too; quoting keeps spreadsheet programs from trimming it.
  return NEEDS_QUOTES.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Writes rows as RFC 4180 CSV: a header line of the column names, then one line per row, every
 * line ended by CRLF. Each row must have a value (possibly empty) for every column.
 */
export function toCsv<T extends Record<string, CsvValue>>(columns: readonly (keyof T & string)[], rows: readonly T[]): string {
  const line = (fields: CsvValue[]) => `${fields.map(csvField).join(',')}\r\n`;
  return line([...columns]) + rows.map((row) => line(columns.map((column) => row[column]))).join('');
}
