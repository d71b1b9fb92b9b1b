import { describe, expect, it } from 'vitest';
import { checkResults, decimalsOf, figure, formatCount, percent } from '../../../src/lib/results-checks.ts';
import type { Results } from '../../../src/schemas/results.ts';
import { realReport } from '../../report.ts';

const results = realReport().results;

describe('checkResults on Annex I', () => {
  const checks = checkResults(results);

  it('adds the candidates up to 9,216,410, 57,700 fewer than the 9,274,110 who voted', () => {
    expect(checks.candidatesTotal).toBe(9_216_410);
    expect(checks.voted).toBe(9_274_110);
    expect(checks.difference).toBe(57_700);
    expect(checks.differenceShare).toBe('0.62');
  });

  it('finds that every printed percentage is a share of the candidates\' total, not of "Voted"', () => {
    expect(checks.base).toBe('candidates');
    expect(checks.shares.map((s) => s.ofCandidates)).toEqual(results.candidates.map((c) => c.percentagePrinted));
    expect(checks.shares.map((s) => s.ofVoted)).toEqual(['1.81', '5.02', '16.12', '3.02', '1.97', '70.52', '0.91']);
  });

  it('recomputes the turnout: 77.54 per cent, 77.5 to the printed one decimal', () => {
    expect(checks.turnoutPrinted.printed).toBe('77.5%');
    expect(checks.turnoutComputed).toBe('77.54');
    expect(checks.turnoutRounded).toBe('77.5');
  });

  it('says "neither" when no base gives the printed percentages', () => {
    const changed: Omit<Results, 'sic'> = {
      ...results,
      candidates: results.candidates.map((c, i) => (i ? c : { ...c, percentagePrinted: '9.99' })),
    };
    expect(checkResults(changed).base).toBe('neither');
  });
});

describe('small helpers', () => {
  it('reads decimals, computes per cent, writes counts', () => {
    expect(decimalsOf('70.96')).toBe(2);
    expect(decimalsOf('77.5%')).toBe(1);
    expect(decimalsOf('12')).toBe(0);
    expect(percent(1, 3, 2)).toBe('33.33');
    expect(formatCount(9216410)).toBe('9,216,410');
  });

  it('finds a figure by its printed label, and names a missing one', () => {
    expect(figure(results, 'Voting with AVCs').value).toBe(22_502);
    expect(() => figure(results, 'Invalid ballots')).toThrow('Annex I has no figure "Invalid ballots"');
  });
});
