import type { PointSeries } from './types.js';

export type GapFillMethod = 'linear' | 'cubic';

/** Cubic Hermite between (t0, v0) and (t1, v1) with end slopes m0, m1, evaluated at t. */
function hermite(t: number, t0: number, v0: number, m0: number, t1: number, v1: number, m1: number): number {
  const h = t1 - t0;
  const s = (t - t0) / h;
  const s2 = s * s;
  const s3 = s2 * s;
  return (
    (2 * s3 - 3 * s2 + 1) * v0 + (s3 - 2 * s2 + s) * h * m0 + (-2 * s3 + 3 * s2) * v1 + (s3 - s2) * h * m1
  );
}

/**
 * Slope at the gap's edge sample `edge` (Catmull-Rom): the difference between the samples either side of it,
 * `outer` beyond the gap and `across` on the other side of the gap; the secant when `outer` is missing.
 */
function edgeSlope(v: Float64Array, tS: Float64Array, outer: number, across: number, edge: number): number {
  const o = outer >= 0 && outer < v.length ? v[outer]! : Number.NaN;
  if (Number.isFinite(o)) return (v[across]! - o) / (tS[across]! - tS[outer]!);
  return (v[across]! - v[edge]!) / (tS[across]! - tS[edge]!);
}

function fillCoordinate(
  v: Float64Array,
  tS: Float64Array,
  before: number,
  after: number,
  method: GapFillMethod,
): void {
  const t0 = tS[before]!;
  const t1 = tS[after]!;
  const v0 = v[before]!;
  const v1 = v[after]!;
  if (method === 'linear') {
    for (let i = before + 1; i < after; i++) v[i] = v0 + ((v1 - v0) * (tS[i]! - t0)) / (t1 - t0);
    return;
  }
  const m0 = edgeSlope(v, tS, before - 1, after, before);
  const m1 = edgeSlope(v, tS, after + 1, before, after);
  for (let i = before + 1; i < after; i++) v[i] = hermite(tS[i]!, t0, v0, m0, t1, v1, m1);
}

/**
 * Fills gaps (runs of NaN) of a point in place when the time between the valid samples around the gap is at
 * most `maxGapS`; longer gaps, and gaps at the start or end of the series, stay missing. Filled points get the
 * lower of the two neighbours' scores. Marks filled frames in `filledFrames` (if given) and returns how many
 * points were filled. Expects x and y to be missing together.
 */
export function fillGaps(
  point: PointSeries,
  tS: Float64Array,
  maxGapS: number,
  method: GapFillMethod,
  filledFrames?: Uint8Array,
): number {
  const { x, y, score } = point;
  const n = x.length;
  let filled = 0;
  let i = 0;
  while (i < n && !Number.isFinite(x[i]!)) i++; // leading gap: nothing before it to interpolate from
  while (i < n) {
    if (Number.isFinite(x[i]!)) {
      i++;
      continue;
    }
    const before = i - 1;
    let after = i;
    while (after < n && !Number.isFinite(x[after]!)) after++;
    if (after >= n) break; // trailing gap
    if (tS[after]! - tS[before]! <= maxGapS && tS[after]! > tS[before]!) {
      fillCoordinate(x, tS, before, after, method);
      fillCoordinate(y, tS, before, after, method);
      const s = Math.min(score[before]!, score[after]!);
      for (let k = before + 1; k < after; k++) {
        score[k] = s;
        if (filledFrames) filledFrames[k] = 1;
      }
      filled += after - before - 1;
    }
    i = after;
  }
  return filled;
}
