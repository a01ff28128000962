import type { SideJoint } from '../core/landmarks.js';
import type { SidePoints } from './extract-points.js';
import type { PointSeries } from './types.js';

/** Joints whose mean score is reported as the near side's detection quality (leg and trunk). */
const SCORED_JOINTS: readonly SideJoint[] = ['shoulder', 'hip', 'knee', 'ankle'];

/** Detected points (score > 0) that the confidence gate turned into missing ones (scores not yet zeroed). */
export function countGated(points: readonly PointSeries[]): number {
  let count = 0;
  for (const p of points) {
    for (let i = 0; i < p.x.length; i++) if (Number.isNaN(p.x[i]!) && p.score[i]! > 0) count++;
  }
  return count;
}

/** Mean score of the side's detected (score > 0) leg and trunk points, whether or not they passed the gate. */
export function meanDetectedScore(side: SidePoints): number {
  let sum = 0;
  let count = 0;
  for (const joint of SCORED_JOINTS) {
    const p = side[joint];
    if (!p) continue;
    for (let i = 0; i < p.score.length; i++) {
      const s = p.score[i]!;
      if (s > 0) {
        sum += s;
        count++;
      }
    }
  }
  return count > 0 ? sum / count : 0;
}

/** Frames in which the side's hip, knee and ankle are all present. */
export function countFramesWithLeg(side: SidePoints): number {
  const { hip, knee, ankle } = side;
  if (!hip || !knee || !ankle) return 0;
  let count = 0;
  for (let i = 0; i < hip.x.length; i++) {
    if (Number.isFinite(hip.x[i]!) && Number.isFinite(knee.x[i]!) && Number.isFinite(ankle.x[i]!)) count++;
  }
  return count;
}

/** Fraction of frames in which the point is present; 0 for a joint the landmark set lacks. */
export function validFraction(p: PointSeries | undefined): number {
  if (!p || p.x.length === 0) return 0;
  let valid = 0;
  for (let i = 0; i < p.x.length; i++) if (Number.isFinite(p.x[i]!)) valid++;
  return valid / p.x.length;
}
