/** A least-squares line through a series: value = intercept + slope x (t - t0). */
export interface LineFit {
  /** Frames with a finite value that the fit used. */
  readonly n: number;
  /** Value units per second; NaN when the frames do not span any time (fewer than 2 distinct times). */
  readonly slope: number;
  /** The line's value at `t0`; NaN with the slope. */
  readonly intercept: number;
  /** Time origin of the fit (the first frame's time), for numerical stability. */
  readonly t0: number;
}

/**
 * Least-squares line of `values` (each mapped by `map` when given) against time over frames [from, to] (clipped
 * to the series), skipping frames whose value is not finite. Times are taken from `tS[from]`. The one slope of
 * the engine: sled speed over a window, the push's mean speed, a turning point's extrapolated instant.
 */
export function fitLine(
  values: ArrayLike<number>,
  tS: ArrayLike<number>,
  from: number,
  to: number,
  map?: (value: number) => number,
): LineFit {
  let n = 0;
  let st = 0;
  let sv = 0;
  let stt = 0;
  let stv = 0;
  const t0 = tS[from]!;
  for (let i = Math.max(0, from); i <= Math.min(to, values.length - 1); i++) {
    const raw = values[i]!;
    if (!Number.isFinite(raw)) continue;
    const v = map !== undefined ? map(raw) : raw;
    const t = tS[i]! - t0;
    n++;
    st += t;
    sv += v;
    stt += t * t;
    stv += t * v;
  }
  const den = n * stt - st * st;
  if (!(den > 0)) return { n, slope: Number.NaN, intercept: Number.NaN, t0 };
  const slope = (n * stv - st * sv) / den;
  return { n, slope, intercept: (sv - slope * st) / n, t0 };
}
