/** One bar: what it counts, its value, and the value as the page writes it. */
export interface BarInput {
  label: string;
  value: number;
  valueLabel: string;
  /** Set apart from the others (the winner): a stronger colour and weight, and the note beside its label. */
  highlight?: boolean;
  /** A word or two beside the label of a highlighted bar ("most votes"): the cue that is not colour. */
  note?: string;
}

/** A bar with its length: a percentage of the room the bars have, the largest filling it. */
export interface ScaledBar extends BarInput {
  percent: number;
}

/**
 * `stacked`: on a phone each label on its own line above its bar, so bars get the whole width; from
 * the small breakpoint up, labels in a column left of the bars (few, long labels: candidates).
 * `inline`: labels left of the bars at every width (many, short labels: countries).
 */
export type BarLayout = 'stacked' | 'inline';

/**
 * Scales a horizontal bar chart's bars: lengths proportional to the values, the largest at 100 %,
 * in the order given. Percentages, not units: the chart takes whatever width the page gives it.
 */
export function scaleBars(items: BarInput[]): ScaledBar[] {
  if (!items.length) throw new Error('a bar chart needs at least one bar');
  if (items.some((i) => !(i.value >= 0))) throw new Error('bar values must be zero or more');
  const max = Math.max(...items.map((i) => i.value));
  return items.map((item) => {
    const percent = max === 0 ? 0 : (item.value / max) * 100;
    // A value above zero always shows, however small next to the largest.
    return { ...item, percent: item.value > 0 ? Math.max(0.5, round(percent)) : 0 };
  });
}

const round = (n: number) => Math.round(n * 1000) / 1000;
