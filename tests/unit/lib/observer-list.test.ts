import { describe, expect, it } from 'vitest';
import { compareMission, countBy, countStates, groupFor, listObservers } from '../../../src/lib/observer-list.ts';
import { statedMission } from '../../../src/lib/report-statements.ts';
import { realReport, reportSettings } from '../../report.ts';
import { realTextSections } from './real-sections.ts';

const groups = realReport().observers;
const rows = listObservers(groups);

describe('the observers of Annex II', () => {
  it('lists 334 people in the order printed, each with their group', () => {
    expect(rows).toHaveLength(334);
    expect(rows[0]).toMatchObject({
      givenName: 'George',
      surname: 'TSERETELI',
      group: 'osce-parliamentary-assembly',
      groupHeading: 'OSCE Parliamentary Assembly',
    });
    expect(rows.at(-1)).toMatchObject({ group: 'odihr-eom-long-term-observers' });
    expect(rows.map((r) => r.line)).toEqual([...rows.map((r) => r.line)].sort((a, b) => a - b));
  });

  it('counts 49, 250, 13 and 22 people by group', () => {
    expect(countBy(rows, (r) => r.group)).toEqual([
      { label: 'odihr-eom-short-term-observers', count: 250 },
      { label: 'osce-parliamentary-assembly', count: 49 },
      { label: 'odihr-eom-long-term-observers', count: 22 },
      { label: 'odihr-eom-core-team', count: 13 },
    ]);
  });

  it('counts 43 country names, the Russian Federation first with 52, two for the Kyrgyz Republic and one for Kyrgyzstan', () => {
    const countries = countBy(rows, (r) => r.country);
    expect(countries).toHaveLength(43);
    expect(countries.slice(0, 3)).toEqual([
      { label: 'Russian Federation', count: 52 },
      { label: 'Germany', count: 46 },
      { label: 'United States', count: 32 },
    ]);
    expect(countries.find((c) => c.label === 'Kyrgyz Republic')?.count).toBe(2);
    expect(countries.find((c) => c.label === 'Kyrgyzstan')?.count).toBe(1);
    expect(countries.find((c) => c.label === 'Korea')?.count).toBe(2);
    expect(countries.reduce((s, c) => s + c.count, 0)).toBe(334);
  });
});

describe('countStates', () => {
  it('counts names of one state once', () => {
    const same = reportSettings().sameState;
    expect(countStates(['Kyrgyz Republic', 'Kyrgyzstan', 'Germany'], same)).toBe(2);
    expect(countStates(['Kyrgyz Republic', 'Kyrgyzstan', 'Germany'], [])).toBe(3);
    expect(countStates(['Germany', 'Austria'], same)).toBe(2);
  });
});

describe('compareMission: what chapter II states against what Annex II lists', () => {
  const comparison = compareMission(statedMission(realTextSections()), groups, reportSettings().sameState);

  it('339 stated, 334 listed; 290 ODIHR against 285; 49 OSCE PA against 49; core team and long-term observers as stated', () => {
    expect(comparison.lines.map((l) => [l.label, l.stated, l.listed])).toEqual([
      ['Observers in total', 339, 334],
      ['Deployed by ODIHR (long-term and short-term)', 290, 285],
      ['OSCE PA delegation', 49, 49],
      ['ODIHR core team', 13, 13],
      ['ODIHR long-term observers', 22, 22],
      ['Countries', 40, 43],
    ]);
  });

  it('derives 255 short-term observers from the statements, against 250 listed, and 42 states from 43 names', () => {
    expect(comparison.shortTermImplied).toBe(255);
    expect(comparison.shortTermListed).toBe(250);
    expect(comparison.states).toBe(42);
    expect(comparison.sameState).toEqual([['Kyrgyz Republic', 'Kyrgyzstan']]);
  });
});

describe('compareMission on what a report may or may not state', () => {
  it('finds a delegation by its heading or its initials, and no group for a name that fits none', () => {
    const heads = ['OSCE Parliamentary Assembly', 'Parliamentary Assembly of the Council of Europe', 'European Parliament'].map(
      (heading, i) => ({
        ...groups[0],
        id: `g${i}`,
        heading,
      }),
    );
    expect(groupFor('OSCE PA', heads)?.heading).toBe('OSCE Parliamentary Assembly');
    expect(groupFor('PACE', heads)?.heading).toBe('Parliamentary Assembly of the Council of Europe');
    expect(groupFor('the European Parliament', heads)?.heading).toBe('European Parliament');
    expect(groupFor('Nordic Council', heads)).toBeUndefined();
  });

  it('makes no line for a statement the report does not make', () => {
    const none = compareMission({}, groups);
    expect(none.lines).toEqual([]);
    expect(none.statement).toBeUndefined();
    expect(none.shortTermImplied).toBeUndefined();
  });
});
