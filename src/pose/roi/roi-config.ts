/**
 * Region-of-interest tracking settings. Values follow TF.js pose-detection's MoveNet cropping
 * (tfjs-models/pose-detection/src/movenet/constants.ts and detector_utils.ts), unless noted.
 */
export interface RoiConfig {
  /** A keypoint counts for framing when its score is at least this. Lower keeps occluded limbs in view. */
  readonly minKeypointScore: number;
  /** A pose counts as found when its mean keypoint score is at least this; below, the tracker re-detects. */
  readonly minPoseScore: number;
  /** Fewest confident keypoints needed to frame the next crop from this pose. */
  readonly minKeypointsForRoi: number;
  /** Half crop side >= this x the largest hip-centre-to-torso-keypoint distance (MoveNet uses 1.9). */
  readonly torsoExpansion: number;
  /** Half crop side >= this x the largest hip-centre-to-any-keypoint distance (MoveNet uses 1.2). */
  readonly bodyExpansion: number;
  /**
   * After a tracked crop loses the person, first retry a crop this many times larger around the last
   * position, before the whole frame: keeps the lifter when other people are in view.
   */
  readonly reacquireScale: number;
}

export const DEFAULT_ROI_CONFIG: RoiConfig = {
  minKeypointScore: 0.2, // MoveNet MIN_CROP_KEYPOINT_SCORE
  minPoseScore: 0.25, // pose-detection MoveNet default minPoseScore
  minKeypointsForRoi: 4, // Spotter: hips plus two more points give a usable frame of the body
  torsoExpansion: 1.9, // MoveNet torso expansion ratio
  bodyExpansion: 1.2, // MoveNet body expansion ratio
  reacquireScale: 2, // Spotter: covers a lifter who moved one body length between frames
};

/** Fills defaults and checks ranges; the error names the valid range. */
export function resolveRoiConfig(partial: Partial<RoiConfig> = {}): RoiConfig {
  const c = { ...DEFAULT_ROI_CONFIG, ...partial };
  const inUnit = (v: number, name: string): void => {
    if (!(v >= 0 && v <= 1)) throw new RangeError(`roi.${name} must be in [0, 1], got ${v}`);
  };
  inUnit(c.minKeypointScore, 'minKeypointScore');
  inUnit(c.minPoseScore, 'minPoseScore');
  if (!(Number.isInteger(c.minKeypointsForRoi) && c.minKeypointsForRoi >= 1)) {
    throw new RangeError(`roi.minKeypointsForRoi must be an integer >= 1, got ${c.minKeypointsForRoi}`);
  }
  for (const k of ['torsoExpansion', 'bodyExpansion', 'reacquireScale'] as const) {
    if (!(c[k] >= 1 && c[k] <= 10)) throw new RangeError(`roi.${k} must be in [1, 10], got ${c[k]}`);
  }
  return Object.freeze(c);
}
