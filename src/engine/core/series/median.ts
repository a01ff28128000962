/**
 * Medians and quantiles: the one kit every stage and tool uses. Series versions skip missing (NaN) samples and
 * never change their input; quantiles use selection (expected O(n)) rather than sorting, since an hour of video
 * is ~10^5 frames.
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

/** Median of a list of numbers as given (sorted copy; the mean of the middle two when even); NaN when empty. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Above this many finite values the median is taken from an evenly strided sample (deterministic, O(n)). */
const MAX_MEDIAN_SAMPLES = 8192;

/**
 * Median of the finite values of `values` (NaN if none), from an evenly spaced sample of them on long series:
 * plenty for the robust summaries conditioning takes over a whole track (typical time step, facing, body scale).
 * Not the same number as `medianFinite` on more than `MAX_MEDIAN_SAMPLES` values.
 */
export function sampledMedianFinite(values: ArrayLike<number>): number {
  let count = 0;
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i]!)) count++;
  if (count === 0) return Number.NaN;
  const stride = Math.max(1, Math.floor(count / MAX_MEDIAN_SAMPLES));
  const sample = new Float64Array(Math.ceil(count / stride));
  let seen = 0;
  let m = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) continue;
    if (seen % stride === 0 && m < sample.length) sample[m++] = v;
    seen++;
  }
  const sorted = sample.subarray(0, m).sort();
  const mid = m >> 1;
  return m % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
