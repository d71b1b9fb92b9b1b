/** One bar: what it counts, its value, and the value as the page writes it. */
export interface BarInput {
  label: string;
  value: number;
  valueLabel: string;
}

/** A bar placed in the chart's coordinates (SVG user units, y downwards). */
export interface PlacedBar extends BarInput {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the label's text starts (stacked) or ends (inline), on its baseline. */
  labelX: number;
  labelY: number;
  /** Where the value's text starts, on its baseline. */
  valueX: number;
  valueY: number;
}

/**
 * `stacked`: each label on its own line above its bar, so bars get the whole width (few, long
 * labels: candidates). `inline`: labels in a column left of the bars (many, short labels: countries).
 */
export type BarLayout = 'stacked' | 'inline';

/** The chart's size and bars. */
export interface BarChartGeometry {
  width: number;
  height: number;
  fontSize: number;
  layout: BarLayout;
  bars: PlacedBar[];
}

/** A generous estimate of a text's width: no fonts are measured at build time. */
export function textWidth(text: string, fontSize: number): number {
  return Math.ceil(text.length * fontSize * 0.62);
}

/**
 * Lays out a horizontal bar chart: bar lengths proportional to the values (the largest fills the
 * room left after labels and values), one row per bar in the order given.
 */
export function layoutBarChart(
  items: BarInput[],
  options: { width?: number; layout?: BarLayout; fontSize?: number } = {},
): BarChartGeometry {
  const { width = 360, layout = 'stacked', fontSize = 13 } = options;
  if (!items.length) throw new Error('a bar chart needs at least one bar');
  if (items.some((i) => !(i.value >= 0))) throw new Error('bar values must be zero or more');
  const max = Math.max(...items.map((i) => i.value));
  const gap = 6;
  const barHeight = Math.round(fontSize * 1.1);
  const valueRoom = Math.max(...items.map((i) => textWidth(i.valueLabel, fontSize))) + gap;
  const labelRoom = layout === 'inline' ? Math.max(...items.map((i) => textWidth(i.label, fontSize))) + gap : 0;
  const barRoom = width - labelRoom - valueRoom;
  if (barRoom < width / 4) throw new Error(`labels leave only ${barRoom} of ${width} units for the bars`);
  const rowHeight = layout === 'stacked' ? fontSize + 4 + barHeight + 12 : barHeight + 6;
  const bars = items.map((item, i) => {
    const top = i * rowHeight;
    const y = layout === 'stacked' ? top + fontSize + 4 : top;
    const length = max === 0 ? 0 : (item.value / max) * barRoom;
    // A value above zero always shows, however small next to the largest.
    const barWidth = item.value > 0 ? Math.max(1, length) : 0;
    const baseline = y + barHeight / 2 + fontSize * 0.35;
    return {
      ...item,
      x: labelRoom,
      y,
      width: round(barWidth),
      height: barHeight,
      labelX: layout === 'stacked' ? 0 : labelRoom - gap,
      labelY: round(layout === 'stacked' ? top + fontSize : baseline),
      valueX: round(labelRoom + barWidth + gap),
      valueY: round(baseline),
    };
  });
  return { width, height: items.length * rowHeight - (layout === 'stacked' ? 12 : 6), fontSize, layout, bars };
}

const round = (n: number) => Math.round(n * 100) / 100;
