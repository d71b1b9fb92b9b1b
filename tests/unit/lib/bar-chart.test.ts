import { describe, expect, it } from 'vitest';
import { layoutBarChart, textWidth } from '../../../src/lib/bar-chart.ts';
import { formatCount } from '../../../src/lib/results-checks.ts';
import { realCandidates } from '../../report.ts';

const candidates = realCandidates().map((c) => ({ label: c.name, value: c.votes, valueLabel: formatCount(c.votes) }));

describe('layoutBarChart', () => {
  it('stacked: one bar per candidate, lengths proportional to the votes, the largest filling the room', () => {
    const chart = layoutBarChart(candidates, { width: 360, layout: 'stacked' });
    expect(chart.bars).toHaveLength(7);
    const largest = chart.bars.find((b) => b.label === 'Kassym-Jomart Tokyaev')!;
    expect(largest.x + largest.width + 6 + textWidth('6,539,715', 13)).toBeCloseTo(360, 0);
    for (const bar of chart.bars) expect(bar.width / largest.width).toBeCloseTo(bar.value / largest.value, 3);
    // Labels stand above their own bar, bars never overlap the next row.
    for (const [i, bar] of chart.bars.entries()) {
      expect(bar.labelY).toBeLessThan(bar.y);
      if (i > 0) expect(bar.labelY - chart.fontSize).toBeGreaterThanOrEqual(chart.bars[i - 1].y + chart.bars[i - 1].height);
    }
    expect(chart.height).toBeGreaterThanOrEqual(chart.bars.at(-1)!.y + chart.bars.at(-1)!.height);
  });

  it('inline: labels in a column left of the bars, every bar starting at the same x', () => {
    const chart = layoutBarChart(
      [
        { label: 'Russian Federation', value: 52, valueLabel: '52' },
        { label: 'Spain', value: 1, valueLabel: '1' },
      ],
      { width: 360, layout: 'inline', fontSize: 12 },
    );
    const [a, b] = chart.bars;
    expect(a.x).toBe(b.x);
    expect(a.x).toBeGreaterThanOrEqual(textWidth('Russian Federation', 12));
    expect(a.labelX).toBeLessThan(a.x);
    expect(b.width / a.width).toBeCloseTo(1 / 52, 3);
    expect(b.y).toBeGreaterThanOrEqual(a.y + a.height);
    expect(a.valueX + textWidth('52', 12)).toBeLessThanOrEqual(360);
  });

  it('shows a small value as at least one unit, and zero as nothing', () => {
    const chart = layoutBarChart([
      { label: 'a', value: 1_000_000, valueLabel: '1,000,000' },
      { label: 'b', value: 1, valueLabel: '1' },
      { label: 'c', value: 0, valueLabel: '0' },
    ]);
    expect(chart.bars.map((b) => b.width > 0)).toEqual([true, true, false]);
    expect(chart.bars[1].width).toBe(1);
  });

  it('refuses no bars, negative values, and labels too long to leave room for bars', () => {
    expect(() => layoutBarChart([])).toThrow('at least one bar');
    expect(() => layoutBarChart([{ label: 'a', value: -1, valueLabel: '-1' }])).toThrow('zero or more');
    expect(() => layoutBarChart([{ label: 'x'.repeat(60), value: 1, valueLabel: '1' }], { layout: 'inline' })).toThrow('for the bars');
  });
});
