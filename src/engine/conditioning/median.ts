/** Above this many finite values the median is taken from an evenly strided sample (deterministic, O(n)). */
const MAX_MEDIAN_SAMPLES = 8192;

/**
 * Median of the finite values of `values` (NaN if none). For long series it uses an evenly spaced sample of
 * them, which is plenty for the robust summaries it serves (typical time step, facing, body scale).
 */
export function medianFinite(values: ArrayLike<number>): number {
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
