import { RAD_TO_DEG, type Vec2 } from '../core/geometry.js';
import type { PointSeries } from '../conditioning/types.js';
import { distanceSeries } from './series-stats.js';
import { medianFinite, quantileFinite } from '../core/series/median.js';

/**
 * How far the toe point strays off the line the platform moves along, as the foot-line rotation that stray
 * alone makes (degrees), at quantile `q` of the set's frames.
 *
 * The platform only slides along the sled axis, and a heel lift turns the foot about the toes, which stay on
 * the platform: a real toe therefore moves along the sled axis only, whether the heel is down or up. A toe
 * that moves across that axis by d on a foot L long turns the heel-toe line by asin(d / L) without any heel
 * lift. Pose models that cannot make out the foot (BlazePose on a plain shoe) place the toe where the shin
 * points, so it swings with the shin through every rep: tens of degrees of "lift" on flat feet.
 * Keypoint jitter also moves the toe across the axis; its share is taken out in quadrature, measured from the
 * foot length at the same quantile (a rigid foot's length varies only by the jitter of both ends, sqrt(2) times
 * one end's jitter along the foot, which is the size of the toe's jitter across the axis).
 * NaN when the foot, its top-of-rep position or the sled axis is unknown.
 */
export function toeDriftDeg(
  heel: PointSeries,
  toe: PointSeries,
  topFrames: readonly number[],
  sledAxis: Vec2,
  q: number,
): number {
  const foot = distanceSeries(heel.x, heel.y, toe.x, toe.y);
  const footPx = medianFinite(foot);
  const x0 = medianFinite(toe.x, topFrames);
  const y0 = medianFinite(toe.y, topFrames);
  if (!(footPx > 0) || !Number.isFinite(x0 + y0 + sledAxis.x + sledAxis.y)) return Number.NaN;
  const n = toe.x.length;
  const across = new Float64Array(n);
  // Distance from the line through the toe's top position along the sled axis (cross product with the axis).
  for (let i = 0; i < n; i++)
    across[i] = Math.abs(sledAxis.x * (toe.y[i]! - y0) - sledAxis.y * (toe.x[i]! - x0)) / footPx;
  const drift = quantileFinite(across, q);
  const jitter =
    quantileFinite(
      foot.map((v) => Math.abs(v - footPx) / footPx),
      q,
    ) / Math.SQRT2;
  const systematic = Math.sqrt(Math.max(0, drift * drift - (Number.isFinite(jitter) ? jitter * jitter : 0)));
  return Number.isFinite(drift) ? Math.asin(Math.min(1, systematic)) * RAD_TO_DEG : Number.NaN;
}
