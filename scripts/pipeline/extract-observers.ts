import type { Observer, ObserverGroup } from '../../src/schemas/observers.ts';
import { ReportError } from './report-error.ts';
import { slugify, type RawSection } from './split-sections.ts';
import { tableRows, type Row } from './table-rows.ts';

type Column = ObserverGroup['columns'][number];
type Group = Omit<ObserverGroup, 'sic' | 'columns'> & { rows: Row[] };

/** Words of a role or function, never of a country's name. */
const ROLE_WORDS =
  /\b(?:MPs?|Head|Deputy|Member|Staff|Secretariat|Analyst|Officer|Expert|Co-?ordinator|Adviser|Advisor|Assistant|Observer|Delegation|Liaison|Chair(?:person)?|President|Secretary|Director|Interpreter|Manager|Leader|Special|Senior|Legal|Media|Political|Security|Finance|Operations)\b/i;

/** Whether a cell is a surname as the lists print them: in capitals. */
const isSurname = (cell: string) => /\p{Lu}{2}/u.test(cell) && cell === cell.toUpperCase();

/** The share of a group's rows for which a test holds in one column. */
const share = (rows: Row[], i: number, test: (cell: string) => boolean) => rows.filter((r) => test(r.cells[i] ?? '')).length / rows.length;

/**
 * Which column holds what, from what the cells hold: the surname is in capitals, the given name
 * stands before it, and of the other columns the country is the one whose values the lists use as
 * countries elsewhere (or that reads least like a role).
 */
function recogniseColumns(group: Group, countries: Set<string>): Column[] {
  const width = group.rows[0].cells.length;
  const indices = [...Array(width).keys()];
  const surname = indices.reduce((best, i) => (share(group.rows, i, isSurname) > share(group.rows, best, isSurname) ? i : best), 0);
  const given = surname > 0 ? surname - 1 : 1;
  if (share(group.rows, surname, isSurname) < 0.5 || given >= width) {
    throw new ReportError(group.line, `Annex, ${group.heading}: no column of surnames in capitals, with the given names before it`);
  }
  const others = indices.filter((i) => i !== surname && i !== given);
  const columns: Column[] = indices.map((i) => (i === surname ? 'surname' : i === given ? 'givenName' : 'role'));
  if (others.length === 1) columns[others[0]] = 'country';
  if (others.length === 2) {
    const score = (i: number) => share(group.rows, i, (c) => countries.has(c)) - share(group.rows, i, (c) => ROLE_WORDS.test(c));
    columns[score(others[0]) >= score(others[1]) ? others[0] : others[1]] = 'country';
  }
  if (others.length === 0 || others.length > 2) {
    throw new ReportError(
      group.line,
      `Annex, ${group.heading}: ${width} columns; expected given name, surname, country and at most a role`,
    );
  }
  return columns;
}

/**
 * Reads an observers annex: one-cell rows are group headings (a heading directly followed by
 * another stands above the groups after it), and each person is a tab-separated row of the group.
 */
export function extractObservers(annex: RawSection): Omit<ObserverGroup, 'sic'>[] {
  const groups: Group[] = [];
  let parentHeading: string | undefined;
  let pending: Row | undefined;
  for (const row of tableRows(annex.blocks)) {
    if (row.cells.length === 1) {
      if (pending) parentHeading = pending.cells[0];
      pending = row;
      continue;
    }
    if (pending) {
      const heading = pending.cells[0];
      groups.push({ id: slugify(heading), heading, parentHeading, order: groups.length + 1, line: pending.line, members: [], rows: [] });
      pending = undefined;
    }
    const group = groups.at(-1);
    if (!group) throw new ReportError(row.line, `${annex.title}: a person is listed before any group heading`);
    if (row.cells.length !== (group.rows[0] ?? row).cells.length || row.cells.some((c) => c.trim() === '')) {
      throw new ReportError(
        row.line,
        `${annex.title}, ${group.heading}: expected ${(group.rows[0] ?? row).cells.length} non-empty cells as in the group's first row (line ${(group.rows[0] ?? row).line}), found ${row.cells.length}`,
      );
    }
    group.rows.push(row);
  }
  if (pending) throw new ReportError(pending.line, `${annex.title}: the group "${pending.cells[0]}" lists nobody`);
  if (groups.length === 0)
    throw new ReportError(annex.line, `${annex.title}: no group of observers (a heading line, then one person a line)`);
  const ids = new Set<string>();
  for (const g of groups) {
    if (ids.has(g.id)) throw new ReportError(g.line, `${annex.title}: two groups are headed "${g.heading}"`);
    ids.add(g.id);
  }
  // Country names as the three-column lists give them, to tell a country from a role elsewhere.
  const countries = new Set(groups.filter((g) => g.rows[0].cells.length === 3).flatMap((g) => g.rows.map((r) => r.cells[2])));
  return groups.map(({ rows, ...group }) => {
    const columns = recogniseColumns({ ...group, rows }, countries);
    const members = rows.map(({ line, cells }) => {
      const person: Partial<Observer> & { line: number } = { line };
      columns.forEach((column, i) => (person[column] = cells[i]));
      return person as Observer;
    });
    return { ...group, columns, members };
  });
}
