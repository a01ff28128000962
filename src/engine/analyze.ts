/**
 * The engine's front door: keypoint track in, per-rep report out. Composes the stages in data-flow order:
 * conditioning -> kinematics -> view + reps -> safe depth -> faults -> report. Pure and deterministic.
 */
import { AnalysisError } from './core/errors.js';
import { frameCountOf, type AnyTrack } from './core/columnar-track.js';
import { toColumnarTrack } from './core/to-columnar-track.js';
import { analysedLandmarks } from './conditioning/extract-points.js';
import { LANDMARK_SETS } from './core/landmarks.js';
import type { EngineConfig } from './config/engine-config.js';
import { resolveConfig } from './config/resolve-config.js';
import type { DeepPartial } from './config/sources.js';
import { conditionTrack } from './conditioning/condition-track.js';
import type { ConditionedTrack } from './conditioning/types.js';
import { onePosePerInstant } from './conditioning/one-pose-per-instant.js';
import { calibrateSafeDepth } from './depth/calibrate-safe-depth.js';
import { resolveSafeDepth } from './depth/resolve-safe-depth.js';
import type { DepthCalibration } from './depth/types.js';
import { detectFaults } from './faults/detect-faults.js';
import { computeKinematics } from './kinematics/compute-kinematics.js';
import type { Kinematics } from './kinematics/types.js';
import type { RepSegmentation } from './reps/types.js';
import { segmentReps } from './reps/segment-reps.js';
import { buildReport } from './report/build-report.js';
import type { AnalysisReport } from './report/types.js';
import { assessView } from './view/assess-view.js';
import type { ViewAssessment } from './view/types.js';

export interface AnalyzeOptions {
  /** Personal safe depth (hip flexion, degrees) from a calibration; defaults to the evidence-based limit. */
  readonly safeDepthDeg?: number;
  /** 'offline' = zero-phase Butterworth (recorded video); 'live' = causal One-Euro (live coaching). */
  readonly smoothing?: 'offline' | 'live';
  readonly config?: DeepPartial<EngineConfig>;
  /** Include down-sampled angle series for plots (a number sets the maximum number of points). */
  readonly includeSeries?: boolean | number;
}

/** The report plus the intermediate stages, for presenters that draw skeletons and plots. */
export interface DetailedAnalysis {
  readonly report: AnalysisReport;
  readonly conditioned: ConditionedTrack;
  readonly kinematics: Kinematics;
  readonly segmentation: RepSegmentation;
  readonly config: EngineConfig;
  readonly view?: ViewAssessment;
}

/** Config overrides are user input: a bad one is an AnalysisError the caller can show, not a crash. */
function configOf(options: AnalyzeOptions): EngineConfig {
  try {
    return resolveConfig(options.config);
  } catch (err) {
    throw new AnalysisError('bad_config', err instanceof Error ? err.message : String(err));
  }
}

function requireFrames(track: AnyTrack): void {
  if (frameCountOf(track) === 0) {
    throw new AnalysisError('no_frames', 'The keypoint track has no frames, so there is nothing to analyse.');
  }
}

/** Stages up to rep segmentation, shared by analysis and calibration. */
function measure(track: AnyTrack, options: AnalyzeOptions, config: EngineConfig) {
  requireFrames(track);
  // Pose objects are read into columns once, only the points the analysis uses; an unknown landmark set is
  // left for conditioning to report.
  const set = LANDMARK_SETS[track.landmarkSet];
  const input = set === undefined ? track : onePosePerInstant(toColumnarTrack(track, analysedLandmarks(set)));
  const conditioned = conditionTrack(input, config.conditioning, options.smoothing ?? 'offline');
  const kinematics = computeKinematics(conditioned, config.kinematics);
  const segmentation = segmentReps(kinematics, config.reps);
  return { conditioned, kinematics, segmentation };
}

export function analyzeTrackDetailed(track: AnyTrack, options: AnalyzeOptions = {}): DetailedAnalysis {
  const config = configOf(options);
  const { conditioned, kinematics, segmentation } = measure(track, options, config);
  const view = assessView(conditioned, kinematics, config.view);
  const safeDepth = resolveSafeDepth(options.safeDepthDeg, config.depth);
  const faults = detectFaults({
    track: conditioned,
    kinematics,
    reps: segmentation.reps,
    view,
    safeDepth,
    config,
    ...(track.source?.model !== undefined && { poseModel: track.source.model }),
  });
  const report = buildReport({
    track: conditioned,
    kinematics,
    segmentation,
    view,
    safeDepth,
    faults,
    ...(track.source?.model !== undefined && { model: track.source.model }),
    ...(options.includeSeries !== undefined && { series: options.includeSeries }),
  });
  return { report, conditioned, kinematics, segmentation, config, view };
}

/** Keypoint track in, per-rep report out. Throws AnalysisError when the track cannot be analysed. */
export function analyzeTrack(track: AnyTrack, options: AnalyzeOptions = {}): AnalysisReport {
  return analyzeTrackDetailed(track, options).report;
}

/** Finds the personal safe depth from a slow calibration set (where the pelvis starts to roll). */
export function calibrateFromTrack(
  track: AnyTrack,
  options: Omit<AnalyzeOptions, 'safeDepthDeg' | 'includeSeries'> = {},
): DepthCalibration {
  const config = configOf(options);
  const { kinematics, segmentation } = measure(track, options, config);
  return calibrateSafeDepth(kinematics, segmentation.reps, config.depth);
}

export { AnalysisError } from './core/errors.js';
