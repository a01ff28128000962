/**
 * Frames the next crop from a pose: a square around the hips big enough for the torso and every
 * confident keypoint, with margin for movement (the idea of MoveNet's crop algorithm, own implementation).
 */
import type { KeypointPx } from '../../engine/index.js';
import type { BoxPx } from '../pose-estimator.js';
import type { RoiConfig } from './roi-config.js';
import { squareAround, type FrameSizePx } from './roi-geometry.js';

/** Which keypoints are hips and torso in the model's landmark set. */
export interface RoiBodyIndices {
  readonly leftHip: number;
  readonly rightHip: number;
  /** Shoulders and hips: the torso sets a minimum size even when limbs are missed. */
  readonly torso: readonly number[];
}

/** Returns null when too few keypoints are confident to frame the person. */
export function roiFromKeypoints(
  keypoints: readonly (KeypointPx | null)[],
  body: RoiBodyIndices,
  frame: FrameSizePx,
  config: RoiConfig,
): BoxPx | null {
  const confident = (k: KeypointPx | null | undefined): k is KeypointPx =>
    k != null && Number.isFinite(k.x) && Number.isFinite(k.y) && k.score >= config.minKeypointScore;
  const good = keypoints.filter(confident);
  if (good.length < config.minKeypointsForRoi) return null;

  const lh = keypoints[body.leftHip];
  const rh = keypoints[body.rightHip];
  let cx: number;
  let cy: number;
  if (confident(lh) && confident(rh)) {
    cx = (lh.x + rh.x) / 2;
    cy = (lh.y + rh.y) / 2;
  } else {
    // Side view often hides the far hip: fall back to the middle of the confident points.
    const xs = good.map((k) => k.x);
    const ys = good.map((k) => k.y);
    cx = (Math.min(...xs) + Math.max(...xs)) / 2;
    cy = (Math.min(...ys) + Math.max(...ys)) / 2;
  }

  const reach = (k: KeypointPx): number => Math.max(Math.abs(k.x - cx), Math.abs(k.y - cy));
  let torsoReach = 0;
  for (const i of body.torso) {
    const k = keypoints[i];
    if (confident(k)) torsoReach = Math.max(torsoReach, reach(k));
  }
  const bodyReach = Math.max(...good.map(reach));
  const half = Math.max(torsoReach * config.torsoExpansion, bodyReach * config.bodyExpansion);
  if (!(half > 0)) return null;
  return squareAround(cx, cy, half, frame);
}
