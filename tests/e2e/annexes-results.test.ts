import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNominations } from '../../src/lib/nominations.ts';
import { realCandidates, realReport } from '../report.ts';
import { asPrinted, cells, prop, sourceFiles, target } from './annexes-helpers.ts';
import { readPage, select, selectAll, textOf } from './dist.ts';

const report = realReport();
const results = readPage('results/index.html');
const candidates = realCandidates();

describe('/results/: Annex I as printed', () => {
  it('every key figure, label and value as printed', () => {
    const pairs = selectAll('#key-figures > div', results).map((d) => [textOf(select('dt', d)!), textOf(select('dd', d)!)]);
    expect(pairs).toEqual(report.results!.figures.map((f) => [f.label, f.printed]));
  });

  it('the seven candidates in the order printed: votes, percentage, nominator from footnote 49', () => {
    const nominations = parseNominations(
      report.footnotes.find((f) => f.number === 49)!.paragraphs.join(' '),
      candidates.map((c) => c.name),
    );
    const rows = selectAll('#results-table tbody tr', results).map(cells);
    expect(rows.map((r) => [r[0], asPrinted(r[1]), r[2], r[3]])).toEqual(
      candidates.map((c, i) => [String(i + 1), c.name, c.votesPrinted, c.percentagePrinted]),
    );
    expect(rows.map((r) => r[4])).toEqual(nominations.map((n) => n.nominator.map((run) => run.text).join('')));
    expect(rows.map((r) => r[4])).toContain('Nur Otan');
    // The party names the report sets in italics stay in italics.
    expect(selectAll('#results-table tbody em', results).map((e) => textOf(e))).toEqual([
      'Ak Zhol',
      'Ult Tagdyry',
      'Auyl',
      'Nur Otan',
      'Uly Dala Kyrandary',
    ]);
  });

  it('links footnote 49 where it stands, on the candidate-registration chapter page', () => {
    const link = select('a[href="/sections/candidate-registration/#fn-49"]', results);
    expect(textOf(link!)).toBe('footnote 49');
    // The name as printed, and the chapter page's own [sic] mark after it.
    expect(textOf(target('/sections/candidate-registration/#fn-49')!)).toContain(
      'Kassym-Jomart Tokyaev[sic: Spelled "Tokayev" everywhere else in the report.], Nur Otan',
    );
  });

  it('keeps "Tokyaev" as printed, marked [sic] with a note that says how the report spells it elsewhere', () => {
    const name = select('#candidate-kassym-jomart-tokyaev th', results)!;
    expect(textOf(select('.sic', name)!)).toBe('Tokyaev');
    const mark = select('.sic-mark', name)!;
    expect(prop(mark, 'title')).toBe('Spelled "Tokayev" everywhere else in the report.');
    expect(textOf(mark)).toBe('[sic: Spelled "Tokayev" everywhere else in the report.]');
    const note = textOf(select('.sic-notes', results)!);
    expect(note).toContain('“Tokyaev”, as printed: Spelled "Tokayev" everywhere else in the report. For instance ¶ 20.');
    expect(textOf(target('/sections/background-and-political-context/#p-20')!)).toContain('Kassym-Jomart Tokayev');
  });
});

describe('/results/: the bar chart', () => {
  const chart = select('#votes-chart', results)!;
  const bars = selectAll('.bar', chart);

  it('an image with an accessible name and description', () => {
    expect(prop(chart, 'role')).toBe('img');
    expect(textOf(select(`#${prop(chart, 'ariaLabelledBy')}`, chart)!)).toBe('Votes by candidate, Annex I');
    const desc = textOf(select(`#${prop(chart, 'ariaDescribedBy')}`, chart)!);
    for (const c of candidates) expect(desc).toContain(`${c.votesPrinted}`);
  });

  it('one bar per candidate, most votes first, each with its value and a length to scale; the first set apart', () => {
    const byVotes = [...candidates].sort((a, b) => b.votes - a.votes);
    expect(bars.map((b) => asPrinted(prop(b, 'dataLabel')))).toEqual(byVotes.map((c) => c.name));
    expect(bars.map((b) => Number(prop(b, 'dataValue')))).toEqual(byVotes.map((c) => c.votes));
    expect(bars.map((b) => textOf(select('.bar-value', b)!))).toEqual(byVotes.map((c) => c.votesPrinted));
    const widths = bars.map((b) => parseFloat(prop(select('svg', b)!, 'width')));
    for (const [i, c] of byVotes.entries()) expect(widths[i] / widths[0]).toBeCloseTo(c.votes / byVotes[0].votes, 3);
    expect(bars.map((b) => b.properties.dataHighlight !== undefined)).toEqual(byVotes.map((_, i) => i === 0));
    expect(textOf(select('.bar-label', bars[0])!)).toMatch(/most votes$/);
  });
});

describe('/results/: derived figures, computed and labelled so', () => {
  const derived = (key: string) => selectAll(`[data-derived="${key}"]`, results).map((e) => textOf(e));

  it('the candidates add up to 9,216,410 against 9,274,110 who voted: 57,700 fewer, each tagged derived', () => {
    expect(derived('candidates-total')).toEqual(['9,216,410']);
    expect(derived('difference')).toEqual(['57,700']);
    for (const key of ['candidates-total', 'difference']) {
      const box = selectAll('#checks-heading ~ dl > div', results).find((d) => select(`[data-derived="${key}"]`, d));
      expect(textOf(select('dt', box!)!)).toMatch(/derived$/);
    }
  });

  it('the printed percentages are shares of the candidates\' total, not of "Voted"', () => {
    expect(derived('of-candidates').map((t) => t.split(' ')[0])).toEqual(candidates.map((c) => c.percentagePrinted));
    expect(derived('of-voted').map((t) => t.split(' ')[0])).toEqual(['1.81', '5.02', '16.12', '3.02', '1.97', '70.52', '0.91']);
    expect(textOf(select('#shares-table thead', results)!)).toMatch(/Of the candidates' total derived Of those who voted derived/);
    expect(derived('base')[0]).toMatch(/^All 7 printed percentages are shares of the candidates' total/);
  });

  it('70.96 in the annex against 70.76 in chapter XIV, with links to both places', () => {
    expect(derived('winner-of-candidates')).toEqual(['70.96']);
    expect(derived('winner-of-voted')).toEqual(['70.52']);
    const page = textOf(results);
    expect(page).toContain("The winner's share: 70.96 or 70.76?");
    expect(page).toContain('neither is 70.76. The report does not explain the difference.');
    expect(select('a[href="#candidate-kassym-jomart-tokyaev"]', results)).toBeDefined();
    const paragraph = select('a[href="/sections/post-election-developments/#p-116"]', results);
    expect(textOf(paragraph!)).toBe('¶ 116');
    expect(textOf(target('/sections/post-election-developments/#p-116')!)).toContain('as the winner with 70.76 per cent of the vote');
  });

  it('the turnout: 77.5% printed, 77.54 computed, with the paragraph that reports it', () => {
    expect(derived('turnout')).toEqual(['77.54 per cent']);
    const href = prop(
      selectAll('a', results).find((a) => /^\/sections\/election-day\/#p-\d+$/.test(prop(a, 'href')) && textOf(a).startsWith('¶')),
      'href',
    );
    expect(textOf(target(href)!)).toContain('The voter turnout was reported at 77.5 per cent.');
  });

  it("no derived figure is typed into the site's source: each is computed", () => {
    const literals = ['9,216,410', '9216410', '57,700', '57700', '70.52', '77.54', '255', '285'];
    for (const file of sourceFiles('src')) {
      const text = readFileSync(file, 'utf8');
      for (const literal of literals) expect(text.includes(literal), `${literal} in ${file}`).toBe(false);
    }
  });
});
