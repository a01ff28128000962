import { RAD_TO_DEG, type Vec2 } from '../core/geometry.js';
import type { PointSeries } from '../conditioning/types.js';
import { medianFinite } from '../core/series/median.js';

/**
 * Rotation of the toe->heel line from its top-of-rep orientation, degrees; positive = heel rising off the
 * platform, i.e. the heel turning about the toe towards the lifter (along the sled axis). NaN where the heel or
 * toe is missing or the reference is unknown.
 */
export function heelLiftDeg(
  heel: PointSeries,
  toe: PointSeries,
  topFrames: readonly number[],
  sledAxis: Vec2,
): Float64Array {
  const n = heel.x.length;
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    dx[i] = heel.x[i]! - toe.x[i]!;
    dy[i] = heel.y[i]! - toe.y[i]!;
  }
  const rx = medianFinite(dx, topFrames);
  const ry = medianFinite(dy, topFrames);
  // A positive screen rotation moves the heel along (-ry, rx); it is a lift if that points towards the lifter.
  const liftSign = Math.sign(-ry * sledAxis.x + rx * sledAxis.y);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const x = dx[i]!;
    const y = dy[i]!;
    out[i] = liftSign * Math.atan2(rx * y - ry * x, rx * x + ry * y) * RAD_TO_DEG;
  }
  // Without a usable reference (never seen at the top, or feet along the sled axis) nothing is measurable.
  if (liftSign !== 1 && liftSign !== -1) out.fill(Number.NaN);
  return out;
}
