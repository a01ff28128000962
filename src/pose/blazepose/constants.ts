/**
 * BlazePose full or heavy (two stages): a person detector (224 px, anchors, SSD-style) finds the hips and the body's
 * extent; the landmark model (256 px) runs on a crop aligned with the body and returns 33 landmarks plus 2
 * alignment points. Settings follow MediaPipe's pose_detection / pose_landmark graphs.
 */
export const BLAZEPOSE_DETECTOR_FILE = 'blazepose-detector.json';
/** Landmark models: same inputs and outputs; heavy is ~4x the weights for more accurate points. */
export const BLAZEPOSE_LANDMARKS_FILES = {
  'blazepose-full': 'blazepose-full.json',
  'blazepose-heavy': 'blazepose-heavy.json',
} as const;
export type BlazePoseModelName = keyof typeof BLAZEPOSE_LANDMARKS_FILES;

export const DETECTOR_INPUT_PX = 224;
/** SSD anchor layers: strides per layer; layers of equal stride share one grid (2 anchors per layer). */
export const DETECTOR_STRIDES: readonly number[] = [8, 16, 32, 32, 32];
export const DETECTOR_ANCHOR_COUNT = 2254;
/** Per anchor: score logit, box (cx, cy, w, h), 4 keypoints (x, y); offsets in input pixels. */
export const DETECTOR_VALUES_PER_ANCHOR = 13;
/** Detector keypoints: 0 hip centre, 1 point whose distance from the hips spans the body and sets rotation. */
export const DETECTOR_HIP_KP = 0;
export const DETECTOR_SCALE_KP = 1;

export const LANDMARKS_INPUT_PX = 256;
/** ld_3d: 39 points x (x, y, z, visibility logit, presence logit); the first 33 are the body landmarks. */
export const LANDMARK_POINTS = 39;
export const LANDMARK_VALUES_PER_POINT = 5;
export const BODY_LANDMARKS = 33;
/** Auxiliary landmarks for the next frame's crop: 33 hip centre, 34 body scale/rotation point. */
export const AUX_HIP = 33;
export const AUX_SCALE = 34;

export interface BlazePoseConfig {
  /** Detections below this probability are ignored (MediaPipe min_detection_confidence 0.5). */
  readonly minDetectionScore: number;
  /** Detections overlapping more than this (IoU) are the same person (MediaPipe 0.3). */
  readonly nmsIou: number;
  /** Tracked crop is dropped and the detector re-run below this pose presence (MediaPipe min_tracking_confidence 0.5). */
  readonly minPoseScore: number;
  /** Crop side = this x 2 x hip-to-scale-point distance (MediaPipe RectTransformation scale 1.25). */
  readonly roiScale: number;
}

export const DEFAULT_BLAZEPOSE_CONFIG: BlazePoseConfig = {
  minDetectionScore: 0.5,
  nmsIou: 0.3,
  minPoseScore: 0.5,
  roiScale: 1.25,
};
