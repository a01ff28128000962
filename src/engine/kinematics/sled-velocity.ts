/**
 * Time derivative of a series using each frame's real timestamp (variable frame rate): central difference
 * where both neighbours exist, one-sided where only one does, NaN where the frame itself is missing or isolated.
 */
export function derivativePerS(values: Float64Array, tS: Float64Array): Float64Array {
  const n = values.length;
  const out = new Float64Array(n).fill(Number.NaN);
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) continue;
    const prevOk = i > 0 && Number.isFinite(values[i - 1]!);
    const nextOk = i < n - 1 && Number.isFinite(values[i + 1]!);
    const a = prevOk ? i - 1 : i;
    const b = nextOk ? i + 1 : i;
    const dt = tS[b]! - tS[a]!;
    if (a !== b && dt > 0) out[i] = (values[b]! - values[a]!) / dt;
  }
  return out;
}
