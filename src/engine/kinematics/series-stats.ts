/**
 * Robust summaries of per-frame series that skip missing (NaN) samples. Pure: inputs are never changed.
 * Quantiles use selection (expected O(n)) rather than sorting, since an hour of video is ~10^5 frames.
 */

/** The finite values of `values` (only at `frames` when given), in a new array, unordered. */
export function finiteValues(values: ArrayLike<number>, frames?: readonly number[]): Float64Array {
  const n = frames ? frames.length : values.length;
  const out = new Float64Array(n);
  let m = 0;
  for (let j = 0; j < n; j++) {
    const v = values[frames ? frames[j]! : j]!;
    if (v === v && v !== Infinity && v !== -Infinity) out[m++] = v;
  }
  return out.subarray(0, m);
}

/** Rearranges `a` so that a[k] is the k-th smallest, smaller values before it and larger after (Hoare). */
function selectInPlace(a: Float64Array, k: number): void {
  let lo = 0;
  let hi = a.length - 1;
  while (hi > lo) {
    // Median of three as pivot keeps sorted and reversed inputs linear.
    const mid = (lo + hi) >>> 1;
    const x = a[lo]!;
    const y = a[mid]!;
    const z = a[hi]!;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

/**
 * Linear-interpolated quantile q in [0, 1] of the finite values (only at `frames` when given); NaN when there
 * are none.
 */
export function quantileFinite(values: ArrayLike<number>, q: number, frames?: readonly number[]): number {
  const a = finiteValues(values, frames);
  const n = a.length;
  if (n === 0) return Number.NaN;
  const pos = Math.min(Math.max(q, 0), 1) * (n - 1);
  const lo = Math.floor(pos);
  selectInPlace(a, lo);
  const below = a[lo]!;
  if (lo + 1 >= n || pos === lo) return below;
  // The next order statistic is the smallest value to the right of the selected one.
  let next = Infinity;
  for (let i = lo + 1; i < n; i++) if (a[i]! < next) next = a[i]!;
  return below + (next - below) * (pos - lo);
}

/** Median of the finite values (only at `frames` when given); NaN when there are none. */
export function medianFinite(values: ArrayLike<number>, frames?: readonly number[]): number {
  return quantileFinite(values, 0.5, frames);
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
