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

/** Next frame after i with a finite value; -1 if none. */
function nextSeen(values: Float64Array, i: number): number {
  for (let j = i + 1; j < values.length; j++) if (Number.isFinite(values[j]!)) return j;
  return -1;
}

/** Previous frame before i with a finite value; -1 if none. */
function prevSeen(values: Float64Array, i: number): number {
  for (let j = i - 1; j >= 0; j--) if (Number.isFinite(values[j]!)) return j;
  return -1;
}

function interpolateCrossing(
  values: Float64Array,
  t: Float64Array,
  a: number,
  b: number,
  level: number,
): number {
  const va = values[a]!;
  const vb = values[b]!;
  const f = vb === va ? 0 : Math.min(1, Math.max(0, (level - va) / (vb - va)));
  return t[a]! + f * (t[b]! - t[a]!);
}

/** Time the series crosses `level` between seen frame i and the next seen frame (linear); t[i] if none. */
export function crossingAfter(values: Float64Array, t: Float64Array, i: number, level: number): number {
  const j = nextSeen(values, i);
  return j < 0 ? t[i]! : interpolateCrossing(values, t, i, j, level);
}

/** Time the series crosses `level` between the previous seen frame and seen frame i (linear); t[i] if none. */
export function crossingBefore(values: Float64Array, t: Float64Array, i: number, level: number): number {
  const j = prevSeen(values, i);
  return j < 0 ? t[i]! : interpolateCrossing(values, t, j, i, level);
}

/** The frame in [from, to] whose time is nearest `timeS`. */
export function frameNear(t: Float64Array, from: number, to: number, timeS: number): number {
  let best = from;
  for (let i = from + 1; i <= to; i++) if (Math.abs(t[i]! - timeS) < Math.abs(t[best]! - timeS)) best = i;
  return best;
}
