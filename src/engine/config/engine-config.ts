import {
  CONDITIONING_DEFAULTS,
  CONDITIONING_SOURCES,
  type ConditioningConfig,
} from './conditioning-config.js';
import { DEPTH_DEFAULTS, DEPTH_SOURCES, type DepthConfig } from './depth-config.js';
import { FAULTS_DEFAULTS, FAULTS_SOURCES, type FaultsConfig } from './faults-config.js';
import { KINEMATICS_DEFAULTS, KINEMATICS_SOURCES, type KinematicsConfig } from './kinematics-config.js';
import { REPS_DEFAULTS, REPS_SOURCES, type RepsConfig } from './reps-config.js';
import type { SourcesOf } from './sources.js';
import { VIEW_DEFAULTS, VIEW_SOURCES, type ViewConfig } from './view-config.js';

/** Every tunable number of the engine, one section per pipeline stage. */
export interface EngineConfig {
  readonly conditioning: ConditioningConfig;
  readonly kinematics: KinematicsConfig;
  readonly reps: RepsConfig;
  readonly view: ViewConfig;
  readonly depth: DepthConfig;
  readonly faults: FaultsConfig;
}

export const ENGINE_DEFAULTS: EngineConfig = {
  conditioning: CONDITIONING_DEFAULTS,
  kinematics: KINEMATICS_DEFAULTS,
  reps: REPS_DEFAULTS,
  view: VIEW_DEFAULTS,
  depth: DEPTH_DEFAULTS,
  faults: FAULTS_DEFAULTS,
};

export const ENGINE_SOURCES: SourcesOf<EngineConfig> = {
  conditioning: CONDITIONING_SOURCES,
  kinematics: KINEMATICS_SOURCES,
  reps: REPS_SOURCES,
  view: VIEW_SOURCES,
  depth: DEPTH_SOURCES,
  faults: FAULTS_SOURCES,
};
