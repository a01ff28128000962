import type { PointSeries } from '../conditioning/types.js';
import { distanceSeries } from './series-stats.js';
import { medianFinite } from '../core/series/median.js';

/** Robust coefficient of variation: 1.4826 x MAD / median (the standard deviation's ratio for normal noise). */
export function robustCv(lengths: Float64Array): number {
  const median = medianFinite(lengths);
  if (!(median > 0)) return Number.NaN;
  const deviation = lengths.map((v) => Math.abs(v - median));
  return (1.4826 * medianFinite(deviation)) / median;
}

/**
 * How far keypoint noise can move the knee angle (one standard deviation, degrees), estimated from how much the
 * measured thigh and shank lengths vary over the set. Bones cannot change length, so their spread is keypoint
 * error (plus the small foreshortening of a leg kept side-on).
 *
 * Why sqrt(3)-ish: with independent errors of size s at hip, knee and ankle, a segment of length L changes length
 * by ~sqrt(2) s (both ends along it), so its coefficient of variation is cv = sqrt(2) s / L. The knee angle is the
 * difference of the thigh and shank directions: the hip error turns the thigh by s/Lt, the ankle error the
 * shank by s/Ls, and the knee error both at once by s (1/Lt + 1/Ls). In variance that is
 * s^2 (1/Lt^2 + 1/Ls^2 + (1/Lt + 1/Ls)^2) = (cvT^2 + cvS^2 + (cvT + cvS)^2) / 2, i.e. sqrt(3) cv when both
 * segments vary alike; radians converted to degrees. A fixed per-joint offset also shows: as the leg bends the
 * offset lies along each segment by different amounts, so the lengths breathe through every rep.
 * NaN when a segment is never seen.
 */
export function kneeAngleUncertaintyDeg(hip: PointSeries, knee: PointSeries, ankle: PointSeries): number {
  const cvThigh = robustCv(distanceSeries(hip.x, hip.y, knee.x, knee.y));
  const cvShank = robustCv(distanceSeries(knee.x, knee.y, ankle.x, ankle.y));
  if (!Number.isFinite(cvThigh) || !Number.isFinite(cvShank)) return Number.NaN;
  const variance = (cvThigh ** 2 + cvShank ** 2 + (cvThigh + cvShank) ** 2) / 2;
  return (Math.sqrt(variance) * 180) / Math.PI;
}
