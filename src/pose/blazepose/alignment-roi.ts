/**
 * BlazePose's body-aligned crop: centred on the hips, side proportional to the hip-to-scale-point
 * distance, rotated so that this vector points up in the crop (the landmark model expects an upright body).
 */
import type { BoxPx } from '../pose-estimator.js';

export interface PointPx {
  readonly x: number;
  readonly y: number;
}

export function alignmentRoi(hip: PointPx, scalePoint: PointPx, scale: number): BoxPx | null {
  const dx = scalePoint.x - hip.x;
  const dy = scalePoint.y - hip.y;
  const dist = Math.hypot(dx, dy);
  if (!(dist > 1)) return null;
  const side = 2 * dist * scale;
  // Crop-to-image rotation taking the crop's up (0, -1) onto the unit hip->scale vector.
  const rotationRad = Math.atan2(dx / dist, -dy / dist);
  return { x: hip.x - side / 2, y: hip.y - side / 2, width: side, height: side, rotationRad };
}
