import type { MissionComparison, MissionLine } from './observer-list.ts';

/** The mission's size in one line for a summary: what the report states against what the list holds. */
export interface ObserverHeadline {
  /** What the figures count ("observers in total"). */
  label: string;
  listed: number;
  /** The stated figure and its paragraph, where the report states one the list can be compared with. */
  stated?: Pick<MissionLine, 'stated' | 'statedAt'>;
}

/**
 * The total the report states against the list's length; where it states no total, its core team and
 * long-term observers together (two groups of the list); where it states neither, the list alone.
 */
export function observerHeadline(comparison: MissionComparison | undefined, listed: number): ObserverHeadline | undefined {
  if (listed === 0) return undefined;
  const { total, core, longTerm } = comparison ?? {};
  if (total) return { label: 'observers in total', listed: total.listed, stated: total };
  if (core && longTerm)
    return {
      label: 'core team and long-term observers',
      listed: core.listed + longTerm.listed,
      stated: { stated: core.stated + longTerm.stated, statedAt: core.statedAt },
    };
  return { label: 'observers', listed };
}
