import { RAD_TO_DEG } from '../core/geometry.js';
import type { PointSeries } from '../conditioning/types.js';
import type { PadFrame } from './pad-frame.js';

/**
 * Rotation of the hip->shoulder line from the pad line, degrees. Positive = the hip has moved to the front
 * relative to the shoulder (the pelvis rolling under, posterior tilt) — the second pelvic-tuck signal of
 * evidence.md §2. Independent of facing because the pad frame's `front` already is.
 */
export function trunkRotationDeg(shoulder: PointSeries, hip: PointSeries, pad: PadFrame): Float64Array {
  const n = hip.x.length;
  const out = new Float64Array(n);
  const { along, front } = pad;
  for (let i = 0; i < n; i++) {
    const wx = shoulder.x[i]! - hip.x[i]!;
    const wy = shoulder.y[i]! - hip.y[i]!;
    // Hip forward of the shoulder tips hip->shoulder towards the back, i.e. a negative `front` component.
    const backward = -(wx * front.x + wy * front.y);
    const alongPad = wx * along.x + wy * along.y;
    out[i] = Math.atan2(backward, alongPad) * RAD_TO_DEG;
  }
  return out;
}
