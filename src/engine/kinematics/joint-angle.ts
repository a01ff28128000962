import { RAD_TO_DEG } from '../core/geometry.js';
import type { PointSeries } from '../conditioning/types.js';

/**
 * Interior angle at vertex b between b->a and b->c, per frame, in (0, 360) degrees. It is below 180 when the
 * joint folds the way it normally bends and above 180 when it bends the other way, so it passes smoothly
 * through 180 and never wraps or flips. `foldSign` says which screen rotation from b->a to b->c is the normal
 * fold (+1 = clockwise on screen); it depends on which way the lifter faces. NaN where a point is missing.
 */
export function foldedAngleSeries(
  a: PointSeries,
  b: PointSeries,
  c: PointSeries,
  foldSign: 1 | -1,
): Float64Array {
  const n = b.x.length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const ux = a.x[i]! - b.x[i]!;
    const uy = a.y[i]! - b.y[i]!;
    const vx = c.x[i]! - b.x[i]!;
    const vy = c.y[i]! - b.y[i]!;
    // Missing points (NaN) and zero-length segments both fail this test.
    const usable = ux * ux + uy * uy > 0 && vx * vx + vy * vy > 0;
    const s = foldSign * Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy) * RAD_TO_DEG;
    out[i] = !usable ? Number.NaN : s >= 0 ? s : 360 + s;
  }
  return out;
}
