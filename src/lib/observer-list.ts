import type { Observer, ObserverGroup } from '../schemas/observers.ts';
import type { Place, StatedMission } from './report-statements.ts';

/** One person of Annex II with the group they are listed in. */
export interface ObserverRow extends Observer {
  group: string;
  groupHeading: string;
}

/** A label and how many people it counts. */
export interface Count {
  label: string;
  count: number;
}

/**
 * Country names of the list that name the same state: the annex writes both. Kept as printed;
 * only the count of distinct states merges them.
 */
export const SAME_STATE: readonly (readonly string[])[] = [['Kyrgyz Republic', 'Kyrgyzstan']];

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

/** How many states the country names stand for, names of the same state counted once. */
export function countStates(names: string[]): number {
  const merged = new Set(names.map((n) => SAME_STATE.find((same) => same.includes(n))?.[0] ?? n));
  return merged.size;
}

/** A figure the report states beside the number the list holds. */
export interface MissionLine {
  label: string;
  stated: number;
  statedAt: Place;
  listed: number;
}

/** The list's groups by what they are, found by their printed headings. */
function groupNamed<G extends Omit<ObserverGroup, 'sic'>>(groups: G[], pattern: RegExp): G {
  const found = groups.filter((g) => pattern.test(g.heading));
  if (found.length !== 1) throw new Error(`Annex II has ${found.length} groups headed ${pattern}, expected one`);
  return found[0];
}

/** The report's statements of the mission's size against counts of the list, and what follows from them. */
export function compareMission(stated: StatedMission, groups: Omit<ObserverGroup, 'sic'>[]) {
  const rows = listObservers(groups);
  const size = (g: Omit<ObserverGroup, 'sic'>) => g.members.length;
  const odihrGroups = groups.filter((g) => g.heading.startsWith('ODIHR'));
  const pa = groupNamed(groups, /Parliamentary Assembly/);
  const core = groupNamed(groups, /Core Team/);
  const longTerm = groupNamed(groups, /Long-term Observers/);
  const shortTerm = groupNamed(groups, /Short-term Observers/);
  const countries = [...new Set(rows.map((r) => r.country))];
  const { total, odihr } = stated;
  const lines: MissionLine[] = [
    { label: 'Observers in total', stated: total.observers, statedAt: total.found, listed: rows.length },
    {
      label: 'Deployed by ODIHR (long-term and short-term)',
      stated: total.odihr,
      statedAt: total.found,
      listed: odihrGroups.reduce((s, g) => s + size(g), 0),
    },
    { label: 'OSCE PA delegation', stated: total.osce, statedAt: total.found, listed: size(pa) },
    { label: 'ODIHR core team', stated: odihr.coreTeam, statedAt: odihr.found, listed: size(core) },
    { label: 'ODIHR long-term observers', stated: odihr.longTerm, statedAt: odihr.found, listed: size(longTerm) },
    { label: 'Countries', stated: total.countries, statedAt: total.found, listed: countries.length },
  ];
  return {
    lines,
    /** The paragraph of chapter II that states the mission's total size. */
    statement: total.found,
    /** Distinct states once the names of one state are merged. */
    states: countStates(countries),
    /** Short-term observers the statements imply: ODIHR's total less its core team and long-term observers. */
    shortTermImplied: total.odihr - odihr.coreTeam - odihr.longTerm,
    shortTermListed: size(shortTerm),
    sameState: SAME_STATE.filter((same) => same.every((n) => countries.includes(n))),
  };
}

/** What compareMission finds. */
export type MissionComparison = ReturnType<typeof compareMission>;
