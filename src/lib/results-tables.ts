import type { Figure, Results, ResultTable } from '../schemas/results.ts';
import { readPrinted } from './printed-number.ts';

/** One contestant's row (a candidate, party or list), its numbers read where the table has them. */
export interface Contestant {
  name: string;
  line: number;
  cells: string[];
  votes?: number;
  votesPrinted?: string;
  share?: number;
  sharePrinted?: string;
  seats?: number;
}

/** A results table read for what its columns hold, recognised by their headers and their cells. */
export interface Contest {
  table: ResultTable;
  /** Index of the column of names: the first that holds no numbers. */
  nameColumn: number;
  votesColumn?: number;
  shareColumn?: number;
  seatsColumn?: number;
  contestants: Contestant[];
}

const isNumeric = (table: ResultTable, i: number) => table.rows.every((r) => readPrinted(r.cells[i] ?? '') !== undefined);

/** The first column for which a test holds, among some. */
const firstWhere = (columns: number[], test: (i: number) => boolean) => columns.find(test);

/**
 * Reads a table of candidates, parties or lists: the names are its first text column; of its
 * number columns, the share is headed "%", "per cent" or "percentage" (or holds decimals), seats
 * are headed "seats" or "mandates", and votes are headed "votes" (or are the largest numbers).
 */
export function readContest(table: ResultTable): Contest | undefined {
  const columns = table.columns.map((_, i) => i);
  const nameColumn = firstWhere(columns, (i) => table.rows.every((r) => readPrinted(r.cells[i] ?? '') === undefined));
  if (nameColumn === undefined) return undefined;
  const numeric = columns.filter((i) => i !== nameColumn && isNumeric(table, i));
  const header = (i: number) => table.columns[i];
  const shareColumn =
    firstWhere(numeric, (i) => /%|per ?cent|percentage|share/i.test(header(i))) ??
    firstWhere(numeric, (i) => !/votes?|seats?|mandates?/i.test(header(i)) && table.rows.some((r) => /\.\d/.test(r.cells[i])));
  const seatsColumn = firstWhere(numeric, (i) => i !== shareColumn && /seats?|mandates?/i.test(header(i)));
  const sum = (i: number) => table.rows.reduce((s, r) => s + (readPrinted(r.cells[i]) ?? 0), 0);
  const rest = numeric.filter((i) => i !== shareColumn && i !== seatsColumn);
  const votesColumn =
    firstWhere(rest, (i) => /votes?/i.test(header(i))) ??
    rest.reduce<number | undefined>((a, i) => (a === undefined || sum(i) > sum(a) ? i : a), undefined);
  const number = (cells: string[], i: number | undefined) => (i === undefined ? undefined : readPrinted(cells[i]));
  const contestants = table.rows.map(({ cells, line }) => ({
    name: cells[nameColumn],
    line,
    cells,
    ...(votesColumn === undefined ? {} : { votes: number(cells, votesColumn), votesPrinted: cells[votesColumn] }),
    ...(shareColumn === undefined ? {} : { share: number(cells, shareColumn), sharePrinted: cells[shareColumn] }),
    ...(seatsColumn === undefined ? {} : { seats: number(cells, seatsColumn) }),
  }));
  return { table, nameColumn, votesColumn, shareColumn, seatsColumn, contestants };
}

/** The key figures of the part of the annex a table belongs to: those under its caption, or all where there are no captions. */
export function figuresFor(results: Pick<Results, 'figures'>, table: ResultTable): Figure[] {
  const captioned = results.figures.filter((f) => f.caption === table.caption);
  return captioned.length > 0 ? captioned : results.figures.filter((f) => !f.caption);
}

/** The key figures by what they count, found by the words ODIHR's annexes label them with. */
export function keyFigures(figures: Figure[]) {
  const find = (pattern: RegExp) => figures.find((f) => pattern.test(f.label) && f.value !== undefined);
  return {
    registered: find(/registered|on (?:the )?voter lists?|eligible voters/i),
    voted: find(/^voted$|who (?:voted|received (?:a )?ballots?)|ballots? (?:cast|issued)|^votes cast$|^voters$/i),
    turnout: find(/turnout/i),
    invalid: find(/invalid/i),
  };
}

/** The id of a contestant's row in its table ("candidate-sadi-bek-tugel"); tables after the first add their number. */
export function contestantId(name: string, tableIndex = 0): string {
  const slug = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `candidate-${tableIndex > 0 ? `${tableIndex + 1}-` : ''}${slug}`;
}
