import { RAD_TO_DEG } from '../core/geometry.js';
import type { ViewConfig } from '../config/view-config.js';
import type { PointSeries } from '../conditioning/types.js';
import { medianFinite } from '../core/series/median.js';

/**
 * Camera yaw from a 3D-aware model's depth (BlazePose's z). The thigh lies in the body's sagittal plane: seen
 * from a camera turned `yaw` away from side-on, its forward extent u shows as u cos(yaw) across the image and
 * u sin(yaw) in depth, so tan(yaw) = |dz| / |dx| whatever the thigh's pitch. Unlike the far-side separation
 * (camera-yaw.ts), this does not depend on where the model draws the hidden far hip and shoulder: BlazePose
 * draws them almost on top of the near ones at 30 deg and reads as side-on in 2D, while its thigh depth still
 * shows the turn (docs/accuracy.md). Only a turn towards the lifter's front counts (the knee nearer the camera
 * than the hip): the seat's back pad hides a lifter filmed from behind the side, and BlazePose reads the knee
 * as farther than the hip by up to 17 deg on some side-on rendered sets, a bias that must not read as a turn.
 * NaN when the track has no depth or too few usable frames.
 */
export function estimateDepthYawDeg(
  hip: PointSeries | undefined,
  knee: PointSeries | undefined,
  thighPx: number,
  config: ViewConfig,
): number {
  if (hip?.z === undefined || knee?.z === undefined || !(thighPx > 0)) return Number.NaN;
  const n = hip.x.length;
  const ratio = new Float64Array(n).fill(Number.NaN);
  const minForwardPx = config.depthYawMinForwardThighs * thighPx;
  let used = 0;
  for (let i = 0; i < n; i++) {
    const dx = Math.abs(knee.x[i]! - hip.x[i]!);
    const dz = knee.z[i]! - hip.z[i]!;
    // A steep thigh has little forward extent: its ratio would be one keypoint error over another.
    if (!(dx >= minForwardPx) || !Number.isFinite(dz)) continue;
    ratio[i] = dz / dx;
    used++;
  }
  if (used < config.depthYawMinFrameFraction * n) return Number.NaN;
  // Signed median: the turn's direction is the same in every frame, while depth noise is not. Nearer = smaller z.
  return Math.max(0, Math.atan(-medianFinite(ratio)) * RAD_TO_DEG);
}
