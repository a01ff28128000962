import { type SourcesOf } from './sources.js';

export interface DepthConfig {
  /** Default safe depth (hip flexion) when the lifter has not calibrated. */
  readonly defaultSafeHipFlexionDeg: number;
  /** The safe depth sits this far below the hip flexion at which the pelvis starts to roll. */
  readonly marginBelowTuckOnsetDeg: number;
  /** Pelvis "starts to roll" when hip departure first exceeds this (thigh lengths) during the calibration descent. */
  readonly tuckOnsetDepartureThighs: number;
  /** The departure must stay above the onset level for this many seen frames, so one noisy frame is not an onset. */
  readonly onsetConfirmFrames: number;
  /** Calibration confidence is full with this many usable reps, and scales down with fewer. */
  readonly fullConfidenceReps: number;
  /** Spread (max - min) of the per-rep onsets at which confidence drops to zero. */
  readonly onsetSpreadZeroConfidenceDeg: number;
  /** A safe depth typed in by the user must lie in this range of hip flexion. */
  readonly minUserSafeHipFlexionDeg: number;
  readonly maxUserSafeHipFlexionDeg: number;
}

export const DEPTH_DEFAULTS: DepthConfig = {
  defaultSafeHipFlexionDeg: 100,
  marginBelowTuckOnsetDeg: 5,
  tuckOnsetDepartureThighs: 0.04,
  onsetConfirmFrames: 3,
  fullConfidenceReps: 3,
  onsetSpreadZeroConfidenceDeg: 20,
  minUserSafeHipFlexionDeg: 40,
  maxUserSafeHipFlexionDeg: 150,
};

export const DEPTH_SOURCES: SourcesOf<DepthConfig> = {
  defaultSafeHipFlexionDeg: 'evidence.md §1: cue > 100 deg hip flexion [conv]',
  marginBelowTuckOnsetDeg: 'evidence.md §1: limit ~5 deg below the personal pelvis-lift angle [conv]',
  tuckOnsetDepartureThighs: '[conv] half the pelvic_tuck warn level (0.08 thigh), the first measurable roll',
  onsetConfirmFrames: 'evidence.md §2: >= 3 consecutive frames [conv]',
  fullConfidenceReps: '[conv] a slow calibration set of 3 reps',
  onsetSpreadZeroConfidenceDeg:
    '[conv] 20 deg = about 3x the 2D hip/knee angle error (evidence.md §2: MAE 4-7 deg)',
  minUserSafeHipFlexionDeg: '[conv] shallower than 40 deg hip flexion is no leg press',
  maxUserSafeHipFlexionDeg:
    'evidence.md §1: > 120 deg pure hip flexion not reached in neutral (CT study) [conv]',
};
