import { describe, expect, it } from 'vitest';
import { scaleBars } from '../../../src/lib/bar-chart.ts';
import { formatCount } from '../../../src/lib/results-checks.ts';
import { realCandidates } from '../../report.ts';

const candidates = realCandidates().map((c) => ({ label: c.name, value: c.votes, valueLabel: formatCount(c.votes) }));

describe('scaleBars', () => {
  it('one bar per candidate in the order given, lengths proportional to the votes, the largest filling the room', () => {
    const bars = scaleBars(candidates);
    expect(bars.map((b) => b.label)).toEqual(candidates.map((c) => c.label));
    const largest = bars.find((b) => b.label === 'Kassym-Jomart Tokyaev')!;
    expect(largest.percent).toBe(100);
    for (const bar of bars) expect(bar.percent / 100).toBeCloseTo(bar.value / largest.value, 4);
  });

  it('keeps what marks a bar apart', () => {
    const [first, second] = scaleBars([
      { label: 'a', value: 3, valueLabel: '3', highlight: true, note: 'most votes' },
      { label: 'b', value: 1, valueLabel: '1' },
    ]);
    expect(first).toMatchObject({ highlight: true, note: 'most votes', percent: 100 });
    expect(second.highlight).toBeUndefined();
    expect(second.percent).toBeCloseTo(33.333, 3);
  });

  it('shows a small value as at least half a per cent, and zero as nothing', () => {
    const bars = scaleBars([
      { label: 'a', value: 1_000_000, valueLabel: '1,000,000' },
      { label: 'b', value: 1, valueLabel: '1' },
      { label: 'c', value: 0, valueLabel: '0' },
    ]);
    expect(bars.map((b) => b.percent)).toEqual([100, 0.5, 0]);
  });

  it('refuses no bars and negative values', () => {
    expect(() => scaleBars([])).toThrow('at least one bar');
    expect(() => scaleBars([{ label: 'a', value: -1, valueLabel: '-1' }])).toThrow('zero or more');
  });
});
