import type { PointSeries } from './types.js';

export type GapFillMethod = 'linear' | 'cubic';

/** Timestamps like 23/30 - 14/30 miss 0.3 by a rounding error; a gap of exactly `maxGapS` is still filled. */
const TIME_EPSILON_S = 1e-9;

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
 * Slope of the path where it enters the gap at `edge`, from the samples outside the gap (`step` = -1 looks
 * back, +1 forward): over two frame steps when available (halves the jitter a single step would carry into
 * the fill), else one step, else the secant across the gap. A centred difference across the gap would
 * flatten every turn-around that falls inside it.
 */
function edgeSlope(v: Float64Array, tS: Float64Array, edge: number, step: -1 | 1, across: number): number {
  for (let k = 2; k >= 1; k--) {
    const j = edge + step * k;
    if (j < 0 || j >= v.length || !Number.isFinite(v[j]!)) continue;
    const dtS = tS[edge]! - tS[j]!;
    if (dtS !== 0) return (v[edge]! - v[j]!) / dtS;
  }
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
  const m0 = edgeSlope(v, tS, before, -1, after);
  const m1 = edgeSlope(v, tS, after, 1, before);
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
    if (tS[after]! - tS[before]! <= maxGapS + TIME_EPSILON_S && tS[after]! > tS[before]!) {
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
