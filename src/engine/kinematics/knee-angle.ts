import type { PointSeries } from '../conditioning/types.js';
import { foldedAngleSeries } from './joint-angle.js';

/**
 * Interior knee angle hip-knee-ankle per frame: 180 = straight, below = flexed, above = hyperextended.
 * The knee bends with the joint pointing to the lifter's front (the chest side of the hip-ankle line); seen
 * with the knees to the right of the hips that is an anticlockwise turn from knee->hip to knee->ankle on
 * screen (y down), and the mirror image when facing left.
 */
export function kneeAngleDeg(
  hip: PointSeries,
  knee: PointSeries,
  ankle: PointSeries,
  facing: 'left' | 'right',
): Float64Array {
  return foldedAngleSeries(hip, knee, ankle, facing === 'right' ? -1 : 1);
}
