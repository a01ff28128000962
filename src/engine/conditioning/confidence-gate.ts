import type { PointSeries } from './types.js';

/**
 * Marks points the model is unsure of as missing: x and y become NaN where `score < minScore` or the
 * coordinates are not finite. The score is kept (so later steps can still tell "seen but doubtful" from
 * "not detected"). Returns how many detected points (score > 0) were rejected.
 */
export function gateByScore(point: PointSeries, minScore: number): number {
  const { x, y, score } = point;
  let rejected = 0;
  for (let i = 0; i < x.length; i++) {
    const s = score[i]!;
    if (s >= minScore && Number.isFinite(x[i]!) && Number.isFinite(y[i]!)) continue;
    if (s > 0 && !Number.isNaN(x[i]!)) rejected++;
    x[i] = Number.NaN;
    y[i] = Number.NaN;
  }
  return rejected;
}

/** Sets the score to 0 wherever the point is missing, as the ConditionedTrack contract says. */
export function zeroMissingScores(point: PointSeries): void {
  const { x, score } = point;
  for (let i = 0; i < x.length; i++) if (Number.isNaN(x[i]!)) score[i] = 0;
}
