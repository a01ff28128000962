import { RAD_TO_DEG } from '../core/geometry.js';

/**
 * Worst-case error (degrees) that a camera yawed `yawDeg` away from side-on adds to an angle between two
 * body segments moving in the sagittal plane, for a level camera far away compared with the body (orthographic).
 *
 * Derivation: yaw shrinks the sagittal plane's horizontal axis in the image by cos(yaw) and leaves the vertical
 * alone, so a segment at angle phi from the horizontal appears at atan(tan(phi) / cos(yaw)). That turns it most
 * at phi = 45 deg, by atan(1 / cos(yaw)) - 45 deg, and two segments at +-45 deg (a 90 deg joint) turn towards
 * each other by twice that: 2.0 deg at 15 deg yaw, 3.6 at 20, 5 at 23.6, 8.2 at 30, 19.5 at 45. Lengths and
 * distances shrink by at most 1 - cos(yaw): 3% at 15, 6% at 20, 13% at 30.
 */
export function yawAngleErrorBoundDeg(yawDeg: number): number {
  const c = Math.cos(yawDeg / RAD_TO_DEG);
  return 2 * (Math.atan(1 / c) * RAD_TO_DEG - 45);
}
