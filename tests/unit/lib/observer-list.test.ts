import { describe, expect, it } from 'vitest';
import { compareMission, countBy, countStates, listObservers } from '../../../src/lib/observer-list.ts';
import { statedMission } from '../../../src/lib/report-statements.ts';
import { realReport } from '../../report.ts';
import { realTextSections } from './real-sections.ts';

const groups = realReport().observers;
const rows = listObservers(groups);

describe('the observers of Annex II', () => {
  it('lists 334 people in the order printed, each with their group', () => {
    expect(rows).toHaveLength(334);
    expect(rows[0]).toMatchObject({
      givenName: 'George',
      surname: 'TSERETELI',
      group: 'osce-pa',
      groupHeading: 'OSCE Parliamentary Assembly',
    });
    expect(rows.at(-1)).toMatchObject({ group: 'odihr-long-term' });
    expect(rows.map((r) => r.line)).toEqual([...rows.map((r) => r.line)].sort((a, b) => a - b));
  });

  it('counts 49, 250, 13 and 22 people by group', () => {
    expect(countBy(rows, (r) => r.group)).toEqual([
      { label: 'odihr-short-term', count: 250 },
      { label: 'osce-pa', count: 49 },
      { label: 'odihr-long-term', count: 22 },
      { label: 'odihr-core-team', count: 13 },
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
    expect(countStates(['Kyrgyz Republic', 'Kyrgyzstan', 'Germany'])).toBe(2);
    expect(countStates(['Germany', 'Austria'])).toBe(2);
  });
});

describe('compareMission: what chapter II states against what Annex II lists', () => {
  const comparison = compareMission(statedMission(realTextSections()), groups);

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
