import { describe, expect, it } from 'vitest';
import { checkResults, decimalsOf, formatCount, percent } from '../../../src/lib/results-checks.ts';
import { readPrinted } from '../../../src/lib/printed-number.ts';
import { figuresFor, keyFigures, readContest } from '../../../src/lib/results-tables.ts';
import type { ResultTable } from '../../../src/schemas/results.ts';
import { realReport } from '../../report.ts';

const results = realReport().results!;
const [table] = results.tables;
const contest = readContest(table)!;

describe('readContest on the table of Annex I', () => {
  it('finds the names, the votes and the percentages by what the columns hold', () => {
    expect([contest.nameColumn, contest.votesColumn, contest.shareColumn, contest.seatsColumn]).toEqual([0, 1, 2, undefined]);
    expect(contest.contestants.map((c) => c.votes)).toEqual([167649, 465714, 1495401, 280451, 182898, 6539715, 84582]);
  });

  it('reads a parliamentary table of parties, per cent and seats in any order', () => {
    const parties: ResultTable = {
      columns: ['Seats', 'Party', 'Per cent', 'Votes'],
      rows: [
        { cells: ['12', 'Green Party', '40.10', '120,300'], line: 1 },
        { cells: ['8', 'Blue List', '59.90', '179,700'], line: 2 },
      ],
      line: 1,
    };
    const read = readContest(parties)!;
    expect([read.nameColumn, read.votesColumn, read.shareColumn, read.seatsColumn]).toEqual([1, 3, 2, 0]);
    expect(read.contestants[1]).toMatchObject({ name: 'Blue List', votes: 179700, share: 59.9, seats: 8 });
    expect(checkResults(read, [])).toMatchObject({ candidatesTotal: 300000, base: 'candidates' });
  });
});

describe('checkResults on Annex I', () => {
  const checks = checkResults(contest, figuresFor(results, table))!;

  it('adds the candidates up to 9,216,410, 57,700 fewer than the 9,274,110 who voted', () => {
    expect(checks.candidatesTotal).toBe(9_216_410);
    expect(checks.voted).toEqual({ value: 9_274_110, difference: 57_700, differenceShare: '0.62' });
  });

  it('finds that every printed percentage is a share of the candidates\' total, not of "Voted"', () => {
    expect(checks.base).toBe('candidates');
    expect(checks.shares!.map((s) => s.ofCandidates)).toEqual(table.rows.map((r) => r.cells[2]));
    expect(checks.shares!.map((s) => s.ofVoted)).toEqual(['1.81', '5.02', '16.12', '3.02', '1.97', '70.52', '0.91']);
  });

  it('recomputes the turnout: 77.54 per cent, 77.5 to the printed one decimal', () => {
    expect(checks.turnout).toMatchObject({ computed: '77.54', rounded: '77.5', registered: 11_960_364, voted: 9_274_110 });
    expect(checks.turnout!.printed.printed).toBe('77.5%');
  });

  it('says "neither" when no base gives the printed percentages', () => {
    const changed = { ...table, rows: table.rows.map((r, i) => (i ? r : { ...r, cells: [r.cells[0], r.cells[1], '9.99'] })) };
    expect(checkResults(readContest(changed)!, results.figures)!.base).toBe('neither');
  });

  it('checks what it can without key figures, and nothing without votes', () => {
    const bare = checkResults(contest, [])!;
    expect(bare.voted).toBeUndefined();
    expect(bare.turnout).toBeUndefined();
    expect(bare.shares!.every((s) => s.ofVoted === undefined)).toBe(true);
    const seatsOnly: ResultTable = { columns: ['Party', 'Seats'], rows: [{ cells: ['Blue List', '8'], line: 1 }], line: 1 };
    expect(checkResults(readContest(seatsOnly)!, [])).toBeUndefined();
  });
});

describe('small helpers', () => {
  it('reads decimals, numbers as printed, computes per cent, writes counts', () => {
    expect(decimalsOf('70.96')).toBe(2);
    expect(decimalsOf('77.5%')).toBe(1);
    expect(decimalsOf('12')).toBe(0);
    expect([readPrinted('11,960,364'), readPrinted('77.5%'), readPrinted('Tokyaev'), readPrinted('12 %')]).toEqual([
      11960364,
      77.5,
      undefined,
      12,
    ]);
    expect(percent(1, 3, 2)).toBe('33.33');
    expect(formatCount(9216410)).toBe('9,216,410');
  });

  it('finds the key figures by the words they are labelled with, and nothing it cannot find', () => {
    const found = keyFigures(results.figures);
    expect([found.registered?.label, found.voted?.label, found.turnout?.label]).toEqual(['Registered voters', 'Voted', 'Voter turnout']);
    const other = keyFigures([
      { label: 'Number of voters on voter lists', printed: '1,000', value: 1000, line: 1 },
      { label: 'Number of voters who received ballots', printed: '600', value: 600, line: 2 },
    ]);
    expect([other.registered?.printed, other.voted?.printed, other.turnout]).toEqual(['1,000', '600', undefined]);
  });
});
