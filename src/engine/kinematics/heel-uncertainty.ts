import type { PointSeries } from '../conditioning/types.js';
import { robustCv } from './knee-uncertainty.js';
import { distanceSeries } from './series-stats.js';

/**
 * How far keypoint noise can turn the heel-toe line (one standard deviation, degrees), from how much the
 * measured foot length varies over the set. The foot is rigid, so its length only changes through keypoint
 * error: with independent errors of size s at heel and toe, the length varies by sqrt(2) s and the line's
 * direction by sqrt(2) s / L radians, so the angle's standard deviation equals the length's coefficient of
 * variation. Feet hidden behind weight plates or a few pixels long show up here as a large spread.
 * NaN when the foot is never seen.
 */
export function heelAngleUncertaintyDeg(heel: PointSeries, toe: PointSeries): number {
  const cv = robustCv(distanceSeries(heel.x, heel.y, toe.x, toe.y));
  return Number.isFinite(cv) ? (cv * 180) / Math.PI : Number.NaN;
}
