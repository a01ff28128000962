/**
 * MoveNet single-pose output: [1, 1, 17, 3] with (y, x, score) per keypoint, y and x in [0, 1] of the crop.
 */
import type { KeypointPx } from '../../engine/index.js';
import type { BoxPx } from '../pose-estimator.js';
import type { CropPose } from '../shared/estimate-with-roi.js';
import { cropToImagePx } from '../roi/roi-geometry.js';
import { MOVENET_KEYPOINT_COUNT } from './constants.js';

export function decodeMoveNetOutput(values: ArrayLike<number>, roi: BoxPx): CropPose {
  if (values.length !== MOVENET_KEYPOINT_COUNT * 3) {
    throw new RangeError(
      `MoveNet output has ${values.length} values, expected ${MOVENET_KEYPOINT_COUNT * 3}.`,
    );
  }
  const keypoints: (KeypointPx | null)[] = [];
  let scoreSum = 0;
  for (let i = 0; i < MOVENET_KEYPOINT_COUNT; i++) {
    const v = values[3 * i] ?? NaN;
    const u = values[3 * i + 1] ?? NaN;
    const score = values[3 * i + 2] ?? NaN;
    if (!Number.isFinite(u) || !Number.isFinite(v) || !Number.isFinite(score)) {
      keypoints.push(null);
      continue;
    }
    const p = cropToImagePx(roi, u, v);
    keypoints.push({ x: p.x, y: p.y, score });
    scoreSum += score;
  }
  return { keypoints, score: scoreSum / MOVENET_KEYPOINT_COUNT };
}
