import { describe, expect, it } from 'vitest';
import { realReport } from '../report.ts';
import { asPrinted, cells, prop, target } from './annexes-helpers.ts';
import { readPage, select, selectAll, textOf } from './dist.ts';

const report = realReport();
const observers = readPage('observers/index.html');

describe('/observers/: Annex II', () => {
  const rows = selectAll('#observer-table tbody tr', observers);

  it('every person in the order printed, with country, group and role; without JavaScript, none hidden', () => {
    const people = report.observers.flatMap((g) =>
      g.members.map((m) => [`${m.givenName} ${m.surname}`, m.country, g.heading, m.role ?? '']),
    );
    expect(rows.map((r) => cells(r).map(asPrinted))).toEqual(people);
    expect(rows).toHaveLength(334);
    expect(rows.filter((r) => r.properties.hidden)).toEqual([]);
    expect(select('#observer-filter', observers)!.properties.hidden).toBe(true);
  });

  it("the report's statement of the mission's size beside the counts of the list, linked to ¶ 17 and ¶ 16", () => {
    const lines = selectAll('#mission-size tbody tr', observers).map(cells);
    expect(lines).toEqual([
      ['Observers in total', '339 ¶ 17', '334', '−5'],
      ['Deployed by ODIHR (long-term and short-term)', '290 ¶ 17', '285', '−5'],
      ['OSCE PA delegation', '49 ¶ 17', '49', '0'],
      ['ODIHR core team', '13 ¶ 16', '13', '0'],
      ['ODIHR long-term observers', '22 ¶ 16', '22', '0'],
      ['Countries', '40 ¶ 17', '43', '+3'],
    ]);
    expect(textOf(select('#mission-size thead', observers)!)).toBe('Figure Stated Listed derived Difference derived');
    expect(textOf(target('/sections/introduction-and-acknowledgments/#p-17')!)).toContain(
      'In total, 339 observers from 40 countries were deployed',
    );
    expect(textOf(target('/sections/introduction-and-acknowledgments/#p-16')!)).toContain('13-member core team');
    const people = textOf(select('[data-derived="people"]', observers)!);
    expect(people).toContain('leaves 255 short-term observers; the list names 250');
    expect(people).toMatch(/derived$/);
    const countries = textOf(select('[data-derived="countries"]', observers)!);
    expect(countries).toContain(
      '“Kyrgyz Republic” (2 people) and “Kyrgyzstan” (1 person) name the same state, so it covers 42 states derived',
    );
  });

  it('charts by group and by country: one bar per group (4) and per country name (43), values counted from the list', () => {
    const count = (key: (m: { country: string }, g: { heading: string }) => string) => {
      const counts = new Map<string, number>();
      for (const g of report.observers) for (const m of g.members) counts.set(key(m, g), (counts.get(key(m, g)) ?? 0) + 1);
      return counts;
    };
    for (const [id, counts] of [
      ['group-chart', count((_, g) => g.heading)],
      ['country-chart', count((m) => m.country)],
    ] as const) {
      const chart = select(`#${id}`, observers)!;
      expect(prop(chart, 'role')).toBe('img');
      expect(textOf(select(`#${prop(chart, 'ariaLabelledBy')}`, chart)!)).not.toBe('');
      const bars = selectAll('.bar', chart).map((b) => [prop(b, 'dataLabel'), Number(prop(b, 'dataValue'))]);
      expect(new Map(bars as [string, number][])).toEqual(counts);
      const table = selectAll(`#${id}-table tbody tr`, observers).map(cells);
      expect(table).toEqual(bars.map(([label, value]) => [label, String(value)]));
    }
    expect(selectAll('#group-chart .bar', observers)).toHaveLength(4);
    expect(selectAll('#country-chart .bar', observers)).toHaveLength(43);
  });

  it('"PA Liason" kept as printed, marked [sic]', () => {
    const row = rows.find((r) => textOf(r).includes('Liason'))!;
    expect(textOf(select('.sic', row)!)).toBe('Liason');
    expect(select('.sic-mark', row)).toBeDefined();
  });
});
