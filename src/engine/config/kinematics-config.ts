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
}

export const KINEMATICS_DEFAULTS: KinematicsConfig = {
  topBandDeg: 8,
  straightestQuantile: 0.95,
  toeDriftQuantile: 0.9,
};

export const KINEMATICS_SOURCES: SourcesOf<KinematicsConfig> = {
  topBandDeg: CONV,
  straightestQuantile: '[conv] robust maximum: tolerates up to 5% outlier frames',
  toeDriftQuantile:
    '[conv] the deeper part of the reps (about the lowest 10% of frames in a set of 1-2 s eccentrics), ' +
    'where a shin-following toe strays furthest; tolerates 10% outlier frames',
};
