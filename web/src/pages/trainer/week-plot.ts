/**
 * Geometry of one weekly trend line (depth, lowering time, fault reps per set or pain): a point per week that has
 * a value, joined in order; weeks without one leave a gap. Pure, so it is tested without a DOM.
 */
export interface WeekPoint {
  readonly weekStart: string;
  readonly x: number;
  readonly y: number;
  readonly value: number;
}

export interface WeekLine {
  readonly width: number;
  readonly height: number;
  readonly plotTop: number;
  readonly plotBottom: number;
  readonly points: readonly WeekPoint[];
  /** SVG path through the points; a week with no value breaks the line. */
  readonly path: string;
  /** The scale's ends (the values' range, or `range` when given, widened to at least 1 unit). */
  readonly low: number;
  readonly high: number;
}

export function weekLine(
  weeks: readonly { readonly weekStart: string; readonly value: number | null }[],
  range?: { readonly low: number; readonly high: number },
  size = { width: 300, height: 120 },
): WeekLine {
  const plotLeft = 36;
  const plotRight = size.width - 10;
  const plotTop = 10;
  const plotBottom = size.height - 22;
  const values = weeks.flatMap((w) => (w.value === null ? [] : [w.value]));
  let low = range?.low ?? (values.length > 0 ? Math.min(...values) : 0);
  let high = range?.high ?? (values.length > 0 ? Math.max(...values) : 1);
  if (high - low < 1) {
    const mid = (high + low) / 2;
    low = range?.low ?? mid - 0.5;
    high = low + Math.max(1, high - low);
  }
  const slot = (plotRight - plotLeft) / Math.max(1, weeks.length);
  const points: WeekPoint[] = [];
  let path = '';
  let pen = false;
  weeks.forEach((w, i) => {
    if (w.value === null) {
      pen = false;
      return;
    }
    const x = plotLeft + slot * (i + 0.5);
    const y = plotBottom - ((w.value - low) / (high - low)) * (plotBottom - plotTop);
    points.push({ weekStart: w.weekStart, x, y, value: w.value });
    path += `${pen ? 'L' : 'M'}${x.toFixed(1)},${y.toFixed(1)}`;
    pen = true;
  });
  return { ...size, plotTop, plotBottom, points, path, low, high };
}
