/** Last frame in [from, to] whose value is at least `level` (NaN skipped); -1 if none. */
export function lastAtLeast(values: Float64Array, from: number, to: number, level: number): number {
  for (let i = to; i >= from; i--) if (values[i]! >= level) return i;
  return -1;
}

/** First frame in [from, to] whose value is at least `level` (NaN skipped); -1 if none. */
export function firstAtLeast(values: Float64Array, from: number, to: number, level: number): number {
  for (let i = from; i <= to; i++) if (values[i]! >= level) return i;
  return -1;
}

/** First frame in [from, to] whose value is at most `level` (NaN skipped); -1 if none. */
export function firstAtMost(values: Float64Array, from: number, to: number, level: number): number {
  for (let i = from; i <= to; i++) if (values[i]! <= level) return i;
  return -1;
}

/** Last frame in [from, to] whose value is at most `level` (NaN skipped); -1 if none. */
export function lastAtMost(values: Float64Array, from: number, to: number, level: number): number {
  for (let i = to; i >= from; i--) if (values[i]! <= level) return i;
  return -1;
}

/** Largest finite value in [from, to]; NaN if none. */
export function maxFinite(values: Float64Array, from: number, to: number): number {
  let m = Number.NaN;
  for (let i = from; i <= to; i++) {
    const v = values[i]!;
    if (v > m || (Number.isNaN(m) && Number.isFinite(v))) m = v;
  }
  return m;
}
