import { CONV, type SourcesOf } from './sources.js';

export interface KinematicsConfig {
  /** Frames whose knee angle is within this of the set's straightest count as "top of rep" references. */
  readonly topBandDeg: number;
  /**
   * The set's "straightest" knee angle is this quantile of all knee angles (not the maximum), so one noisy
   * frame cannot define the top. Raise towards 1 for very short clips with few top frames.
   */
  readonly straightestQuantile: number;
  /** Quantile of the frames at which the toe's drift off the sled axis is read (see toe-drift.ts). */
  readonly toeDriftQuantile: number;
  /**
   * Joint angles are corrected for a constant keypoint offset along each bone, found from the bone's length
   * changing with its direction (bones do not stretch; see bone-offset.ts). Prior SD of that offset, in bone
   * lengths.
   */
  readonly boneOffsetPriorSdBones: number;
  /** Whether the knee angle drops each bone's fitted constant offset (off by default: see the source). */
  readonly boneOffsetCorrection: boolean;
  /** SD of one frame's measured bone length from keypoint jitter, bone lengths (weighs the data against the prior). */
  readonly boneLengthNoiseSdBones: number;
  /** No offset is estimated for a bone that turns through fewer degrees than this over the set. */
  readonly boneOffsetMinTurnDeg: number;
}

export const KINEMATICS_DEFAULTS: KinematicsConfig = {
  topBandDeg: 8,
  straightestQuantile: 0.95,
  toeDriftQuantile: 0.9,
  boneOffsetPriorSdBones: 0.1,
  boneOffsetCorrection: false,
  boneLengthNoiseSdBones: 0.02,
  boneOffsetMinTurnDeg: 20,
};

export const KINEMATICS_SOURCES: SourcesOf<KinematicsConfig> = {
  topBandDeg: CONV,
  straightestQuantile: '[conv] robust maximum: tolerates up to 5% outlier frames',
  toeDriftQuantile:
    '[conv] the deeper part of the reps (about the lowest 10% of frames in a set of 1-2 s eccentrics), ' +
    'where a shin-following toe strays furthest; tolerates 10% outlier frames',
  boneOffsetPriorSdBones:
    'evidence.md §2: 2D models bias hip and knee centres by 30-50 mm (Needham 2021), ~0.07-0.12 of a ~0.42 m ' +
    'thigh',
  boneOffsetCorrection:
    'measured 2026-11-21: on simulated sets (constant per-joint keypoint offsets) knee MAE 2.6 -> 1.6 deg and ' +
    'every knee_lockout miss gone; but real pose models change bone lengths with the pose (fits of 0.2-0.65 ' +
    'bone on rendered sets, gated out) and a 15 deg camera yaw reads as an offset (projected true joints: knee ' +
    'MAE 1.7 -> 3.3 deg), so it stays off until yaw is modelled',
  boneLengthNoiseSdBones:
    '[conv] jitter of a bone length after smoothing at moderate keypoint noise (~sqrt 2 x 0.015 bone); only ' +
    'sets how fast the data outweigh the prior',
  boneOffsetMinTurnDeg:
    '[conv] a leg press rep turns the thigh and shank by 40-70 deg; under 20 deg the along-bone part of the ' +
    'offset cannot be told from the length',
};
