import type { PointSeries } from '../conditioning/types.js';
import { foldedAngleSeries } from './joint-angle.js';

/**
 * Hip flexion per frame: 180 minus the trunk-thigh angle shoulder-hip-knee (evidence.md §1), so 0 = trunk and
 * thigh in line and larger = knees closer to the chest. The trunk-thigh angle is signed from the facing
 * direction, so a hip extended past straight reads negative instead of wrapping.
 */
export function hipFlexionDeg(
  shoulder: PointSeries,
  hip: PointSeries,
  knee: PointSeries,
  facing: 'left' | 'right',
): Float64Array {
  const trunkThigh = foldedAngleSeries(shoulder, hip, knee, facing === 'right' ? 1 : -1);
  for (let i = 0; i < trunkThigh.length; i++) trunkThigh[i] = 180 - trunkThigh[i]!;
  return trunkThigh;
}
