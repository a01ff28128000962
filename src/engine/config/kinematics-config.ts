import { CONV, type SourcesOf } from './sources.js';

export interface KinematicsConfig {
  /** Frames whose knee angle is within this of the set's straightest count as "top of rep" references. */
  readonly topBandDeg: number;
}

export const KINEMATICS_DEFAULTS: KinematicsConfig = { topBandDeg: 8 };

export const KINEMATICS_SOURCES: SourcesOf<KinematicsConfig> = { topBandDeg: CONV };
