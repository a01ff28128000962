/** Robust summaries of per-frame series that skip missing (NaN) samples. Pure: inputs are never changed. */

/** The finite values of `values` (only at `frames` when given), sorted ascending. */
export function finiteSorted(values: ArrayLike<number>, frames?: readonly number[]): Float64Array {
  const n = frames ? frames.length : values.length;
  const out = new Float64Array(n);
  let m = 0;
  for (let j = 0; j < n; j++) {
    const v = values[frames ? frames[j]! : j]!;
    if (Number.isFinite(v)) out[m++] = v;
  }
  return out.subarray(0, m).sort();
}

/** Linear-interpolated quantile q in [0, 1] of an ascending array; NaN when empty. */
export function quantileSorted(sorted: Float64Array, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const pos = Math.min(Math.max(q, 0), 1) * (n - 1);
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** Median of the finite values (only at `frames` when given); NaN when there are none. */
export function medianFinite(values: ArrayLike<number>, frames?: readonly number[]): number {
  return quantileSorted(finiteSorted(values, frames), 0.5);
}

/** Per-frame distance between two point series (NaN where either is missing). */
export function distanceSeries(
  ax: Float64Array,
  ay: Float64Array,
  bx: Float64Array,
  by: Float64Array,
): Float64Array {
  const n = ax.length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = Math.hypot(ax[i]! - bx[i]!, ay[i]! - by[i]!);
  return out;
}

/** A series of NaN, for joints the landmark set does not have. */
export function nanSeries(n: number): Float64Array {
  return new Float64Array(n).fill(Number.NaN);
}
