/** Per-frame series of the kinematics (medians and quantiles are in core/series/median.ts). */

/** Per-frame distance between two point series (NaN where either is missing). */
export function distanceSeries(
  ax: Float64Array,
  ay: Float64Array,
  bx: Float64Array,
  by: Float64Array,
): Float64Array {
  const n = ax.length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const dx = ax[i]! - bx[i]!;
    const dy = ay[i]! - by[i]!;
    out[i] = Math.sqrt(dx * dx + dy * dy);
  }
  return out;
}

/** A series of NaN, for joints the landmark set does not have. */
export function nanSeries(n: number): Float64Array {
  return new Float64Array(n).fill(Number.NaN);
}
