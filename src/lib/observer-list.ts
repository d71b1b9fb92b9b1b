import type { Observer, ObserverGroup } from '../schemas/observers.ts';
import type { Place, StatedMission } from './report-statements.ts';

/** One person of the list of observers with the group they are listed in. */
export interface ObserverRow extends Observer {
  group: string;
  groupHeading: string;
}

/** A label and how many people it counts. */
export interface Count {
  label: string;
  count: number;
}

/** Every person of the annex, group by group, in the order printed. */
export function listObservers(groups: Omit<ObserverGroup, 'sic'>[]): ObserverRow[] {
  return [...groups]
    .sort((a, b) => a.order - b.order)
    .flatMap((g) => g.members.map((m) => ({ ...m, group: g.id, groupHeading: g.heading })));
}

/** Counts rows by a key, largest first, ties in alphabetical order. */
export function countBy<T>(rows: T[], key: (row: T) => string): Count[] {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(key(row), (counts.get(key(row)) ?? 0) + 1);
  return [...counts].map(([label, count]) => ({ label, count })).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/** How many states the country names stand for, names of the same state (as the report's settings pair them) counted once. */
export function countStates(names: string[], sameState: readonly (readonly string[])[]): number {
  return new Set(names.map((n) => sameState.find((same) => same.includes(n))?.[0] ?? n)).size;
}

/** A figure the report states beside the number the list holds. */
export interface MissionLine {
  label: string;
  stated: number;
  statedAt: Place;
  listed: number;
}

type Group = Omit<ObserverGroup, 'sic'>;

/** The letters a name is abbreviated to: "Parliamentary Assembly of the Council of Europe" → "PACE", "OSCE Parliamentary Assembly" → "OSCEPA". */
function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => !/^(?:of|the|and|for|in|on)$/i.test(w))
    .map((w) => (/^[A-Z]{2,}$/.test(w) ? w : (w[0]?.toUpperCase() ?? '')))
    .join('');
}

/** The group of the list a delegation's name stands for: by its heading, or by the heading's initials. */
export function groupFor(name: string, groups: Group[]): Group | undefined {
  const plain = (t: string) =>
    t
      .toLowerCase()
      .replace(/^the /, '')
      .replace(/[^a-z]/g, '');
  const short = name.replace(/\s+/g, '');
  const found = groups.filter((g) => plain(g.heading) === plain(name) || initials(g.heading) === short);
  return found.length === 1 ? found[0] : undefined;
}

/** The one group whose heading says what it is ("Core Team", "Long-term Observers"), if exactly one does. */
function groupNamed(groups: Group[], pattern: RegExp): Group | undefined {
  const found = groups.filter((g) => pattern.test(g.heading));
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The report's statements of the mission's size against counts of the list, and what follows from
 * them: a line for each statement the report makes and the list can be counted for, none for the rest.
 */
export function compareMission(stated: StatedMission, groups: Group[], sameState: readonly (readonly string[])[] = []) {
  const rows = listObservers(groups);
  const size = (g: Group) => g.members.length;
  const odihrGroups = groups.filter((g) => g.heading.startsWith('ODIHR'));
  const core = groupNamed(groups, /core team/i);
  const longTerm = groupNamed(groups, /long-term observers/i);
  const shortTerm = groupNamed(groups, /short-term observers/i);
  const countries = [...new Set(rows.map((r) => r.country))];
  const { total, odihr } = stated;
  const lines: MissionLine[] = [];
  if (total) {
    lines.push({ label: 'Observers in total', stated: total.observers, statedAt: total.found, listed: rows.length });
    if (odihrGroups.length > 0) {
      const listed = odihrGroups.reduce((s, g) => s + size(g), 0);
      lines.push({ label: 'Deployed by ODIHR (long-term and short-term)', stated: total.odihr, statedAt: total.found, listed });
    }
    for (const delegation of total.delegations) {
      const group = groupFor(delegation.name, groups);
      if (group)
        lines.push({ label: `${delegation.name} delegation`, stated: delegation.members, statedAt: total.found, listed: size(group) });
    }
  }
  if (odihr && core) lines.push({ label: 'ODIHR core team', stated: odihr.coreTeam, statedAt: odihr.found, listed: size(core) });
  if (odihr && longTerm)
    lines.push({ label: 'ODIHR long-term observers', stated: odihr.longTerm, statedAt: odihr.found, listed: size(longTerm) });
  const countryLine = total ? { label: 'Countries', stated: total.countries, statedAt: total.found, listed: countries.length } : undefined;
  if (countryLine) lines.push(countryLine);
  const implied = total && odihr && shortTerm && core && longTerm;
  return {
    lines,
    total: lines.find((l) => l.label === 'Observers in total'),
    odihr: lines.find((l) => l.label.startsWith('Deployed by ODIHR')),
    core: lines.find((l) => l.label === 'ODIHR core team'),
    longTerm: lines.find((l) => l.label === 'ODIHR long-term observers'),
    countries: countryLine,
    /** The paragraph that states the mission's size (its total, or else its core team and long-term observers), where one does. */
    statement: total?.found ?? (lines.length > 0 ? odihr?.found : undefined),
    /** Distinct states once the names of one state are merged. */
    states: countStates(countries, sameState),
    /** Short-term observers the statements imply: ODIHR's total less its core team and long-term observers. */
    shortTermImplied: implied ? total.odihr - odihr.coreTeam - odihr.longTerm : undefined,
    shortTermListed: shortTerm ? size(shortTerm) : undefined,
    sameState: sameState.filter((same) => same.every((n) => countries.includes(n))),
  };
}

/** What compareMission finds. */
export type MissionComparison = ReturnType<typeof compareMission>;
