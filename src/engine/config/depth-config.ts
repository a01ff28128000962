import { type SourcesOf } from './sources.js';

export interface DepthConfig {
  /** Default safe depth (hip flexion) when the lifter has not calibrated. */
  readonly defaultSafeHipFlexionDeg: number;
  /** The safe depth sits this far below the hip flexion at which the pelvis starts to roll. */
  readonly marginBelowTuckOnsetDeg: number;
  /** Pelvis "starts to roll" when hip departure first exceeds this (thigh lengths) during the calibration descent. */
  readonly tuckOnsetDepartureThighs: number;
}

export const DEPTH_DEFAULTS: DepthConfig = {
  defaultSafeHipFlexionDeg: 100,
  marginBelowTuckOnsetDeg: 5,
  tuckOnsetDepartureThighs: 0.04,
};

export const DEPTH_SOURCES: SourcesOf<DepthConfig> = {
  defaultSafeHipFlexionDeg: 'evidence.md §1: cue > 100 deg hip flexion [conv]',
  marginBelowTuckOnsetDeg: 'evidence.md §1: limit ~5 deg below the personal pelvis-lift angle [conv]',
  tuckOnsetDepartureThighs: '[conv] half the pelvic_tuck warn level (0.08 thigh), the first measurable roll',
};
