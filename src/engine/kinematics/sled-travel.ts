import type { Vec2 } from '../core/geometry.js';
import type { PointSeries } from '../conditioning/types.js';

/** Ankle displacement along the sled axis from its top-of-rep position, shank lengths (positive = deeper). */
export function sledTravelShanks(
  ankle: PointSeries,
  ankleAtTop: Vec2,
  axis: Vec2,
  shankLengthPx: number,
): Float64Array {
  const n = ankle.x.length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    out[i] = ((ankle.x[i]! - ankleAtTop.x) * axis.x + (ankle.y[i]! - ankleAtTop.y) * axis.y) / shankLengthPx;
  }
  return out;
}
