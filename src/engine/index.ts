/**
 * The analysis engine's public surface (track -> kinematics -> reps -> faults -> report): every folder outside
 * src/engine imports `engine/index.js`, never a file inside (eslint.config.js). Grouped by stage, in data-flow order.
 */
// Whole-set analysis.
export {
  AnalysisError,
  analyzeTrack,
  analyzeTrackDetailed,
  calibrateFromTrack,
  type AnalyzeOptions,
  type DetailedAnalysis,
} from './analyze.js';

// Core: tracks, landmarks, geometry, the series-and-time kit.
export type { KeypointPx, KeypointTrack, PoseFrame, TrackSource } from './core/track.js';
export {
  frameCountOf,
  isColumnarTrack,
  type AnyTrack,
  type ColumnarTrack,
  type PointColumns,
} from './core/columnar-track.js';
export { toColumnarTrack, trackHasDepth } from './core/to-columnar-track.js';
export {
  BLAZEPOSE33_NAMES,
  DEPTH_JOINTS,
  LANDMARK_SETS,
  mirrorIndex,
  MOVENET17_NAMES,
  SIDE_JOINTS,
  type BodySide,
  type LandmarkSet,
  type LandmarkSetId,
  type SideJoint,
} from './core/landmarks.js';
export { SKELETON_BONES } from './core/skeleton.js';
export { angleAtDeg, cross, RAD_TO_DEG, sub, type Vec2 } from './core/geometry.js';
export * from './core/series/index.js';

// Config: typed thresholds with their sources.
export { ENGINE_DEFAULTS, ENGINE_SOURCES, type EngineConfig } from './config/engine-config.js';
export { DEPTH_DEFAULTS, DEPTH_SOURCES, type DepthConfig } from './config/depth-config.js';
export { resolveConfig } from './config/resolve-config.js';
export type { DeepPartial, SourcesOf } from './config/sources.js';
export {
  FAULT_IDS,
  FAULT_TRAITS,
  faultIdsWhere,
  FORM_FAULT_IDS,
  SET_FAULT_IDS,
  type FaultId,
  type FaultTraits,
  type FormFaultId,
} from './config/fault-traits.js';

// Stages.
export { conditionTrack } from './conditioning/condition-track.js';
export { computeKinematics } from './kinematics/compute-kinematics.js';
export type { Kinematics } from './kinematics/types.js';
export { assessView } from './view/assess-view.js';
export type { CameraView, ViewAssessment, ViewQuality } from './view/types.js';
export { segmentReps } from './reps/segment-reps.js';
export { resolveSafeDepth } from './depth/resolve-safe-depth.js';
export type { DepthCalibration, SafeDepth } from './depth/types.js';
export { detectFaults } from './faults/detect-faults.js';
export { FAULT_DETECTORS } from './faults/registry.js';
export { FAULT_FIXES, FIX_CODES, type FixCode } from './faults/fault-fixes.js';
export { sagittalViewProblem, viewSeverityCap } from './faults/view-gates.js';
export type { NotAssessable, NotAssessableCode, NotAssessableMessage, Severity } from './faults/types.js';

// Report.
export {
  REPORT_SCHEMA_VERSION,
  VERDICTS,
  type AnalysisReport,
  type NotJudgedWhy,
  type RepReport,
  type SeenFault,
  type TopFixCode,
  type Verdict,
  type VerdictDecision,
  type VerdictParams,
} from './report/types.js';
export { FAULT_LABELS } from './report/fault-labels.js';
export { decideVerdict, KEY_REP_CHECKS, verdictHeadline } from './report/verdict.js';
