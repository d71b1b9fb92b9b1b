import type { Observer, ObserverGroup } from '../../src/schemas/observers.ts';
import { ReportError } from './report-error.ts';
import type { RawSection } from './split-sections.ts';
import { tableRows } from './table-rows.ts';

type Column = ObserverGroup['columns'][number];

/** The groups of Annex II and the order of their columns, which differs between groups. */
const GROUPS: { heading: string; id: string; columns: Column[] }[] = [
  { heading: 'OSCE Parliamentary Assembly', id: 'osce-pa', columns: ['givenName', 'surname', 'country', 'role'] },
  { heading: 'ODIHR EOM Short-term Observers', id: 'odihr-short-term', columns: ['givenName', 'surname', 'country'] },
  { heading: 'ODIHR EOM Core Team', id: 'odihr-core-team', columns: ['givenName', 'surname', 'role', 'country'] },
  { heading: 'ODIHR EOM Long-term Observers', id: 'odihr-long-term', columns: ['givenName', 'surname', 'country'] },
];

/** Headings that stand above groups rather than head one. */
const PARENT_HEADINGS = ['LONG-TERM OBSERVERS'];

/** Reads Annex II: group headings (lines without tabs), each followed by its people, one per row. */
export function extractObservers(annex: RawSection): Omit<ObserverGroup, 'sic'>[] {
  const groups: Omit<ObserverGroup, 'sic'>[] = [];
  let parentHeading: string | undefined;
  for (const { line, cells } of tableRows(annex.blocks)) {
    if (cells.length === 1) {
      const heading = cells[0];
      if (PARENT_HEADINGS.includes(heading)) {
        parentHeading = heading;
        continue;
      }
      const known = GROUPS.find((g) => g.heading === heading);
      if (!known) {
        throw new ReportError(line, `Annex II: unknown group heading "${heading}" (known: ${GROUPS.map((g) => g.heading).join(', ')})`);
      }
      groups.push({ ...known, parentHeading, order: groups.length + 1, line, members: [] });
      continue;
    }
    const group = groups.at(-1);
    if (!group) throw new ReportError(line, 'Annex II: a person is listed before any group heading');
    if (cells.length !== group.columns.length || cells.some((c) => c.trim() === '')) {
      throw new ReportError(
        line,
        `Annex II, ${group.heading}: expected ${group.columns.length} cells (${group.columns.join(', ')}), found ${cells.length}`,
      );
    }
    const person: Partial<Observer> & { line: number } = { line };
    group.columns.forEach((column, i) => (person[column] = cells[i]));
    group.members.push(person as Observer);
  }
  const empty = groups.find((g) => g.members.length === 0);
  if (empty) throw new ReportError(empty.line, `Annex II: the group "${empty.heading}" lists nobody`);
  return groups;
}
