/**
 * Landmark model output ld_3d: 39 x (x, y, z, visibility logit, presence logit), x, y and z in pixels of the
 * 256 px aligned crop. Body landmarks 0..32 map to image pixels with visibility as score; 33/34 frame the
 * next crop.
 */
import type { KeypointPx } from '../../engine/index.js';
import type { BoxPx } from '../pose-estimator.js';
import { cropToImagePx } from '../roi/roi-geometry.js';
import type { PointPx } from './alignment-roi.js';
import {
  AUX_HIP,
  AUX_SCALE,
  BODY_LANDMARKS,
  LANDMARK_POINTS,
  LANDMARK_VALUES_PER_POINT,
} from './constants.js';
import { sigmoid } from './decode-detections.js';

export interface DecodedLandmarks {
  readonly keypoints: (KeypointPx | null)[];
  readonly auxHip: PointPx;
  readonly auxScale: PointPx;
}

export function decodeLandmarks(values: ArrayLike<number>, roi: BoxPx, inputPx: number): DecodedLandmarks {
  const n = LANDMARK_VALUES_PER_POINT;
  if (values.length !== LANDMARK_POINTS * n) {
    throw new RangeError(`BlazePose landmarks: ${values.length} values, expected ${LANDMARK_POINTS * n}.`);
  }
  const point = (i: number): PointPx =>
    cropToImagePx(roi, (values[i * n] ?? NaN) / inputPx, (values[i * n + 1] ?? NaN) / inputPx);
  const keypoints: (KeypointPx | null)[] = [];
  for (let i = 0; i < BODY_LANDMARKS; i++) {
    const p = point(i);
    const score = sigmoid(values[i * n + 3] ?? NaN);
    // z is in crop pixels like x (MediaPipe: "roughly the same scale as x"); the crop is square.
    const zPx = ((values[i * n + 2] ?? NaN) / inputPx) * roi.width;
    keypoints.push(
      Number.isFinite(p.x) && Number.isFinite(p.y) && Number.isFinite(score)
        ? { ...p, score, ...(Number.isFinite(zPx) && { zPx }) }
        : null,
    );
  }
  return { keypoints, auxHip: point(AUX_HIP), auxScale: point(AUX_SCALE) };
}
