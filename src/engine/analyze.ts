/**
 * The engine's front door: keypoint track in, per-rep report out. Composes the stages in data-flow order:
 * conditioning -> kinematics -> view + reps -> safe depth -> faults -> report. Pure and deterministic.
 */
import type { KeypointTrack } from './core/track.js';
import type { EngineConfig } from './config/engine-config.js';
import type { DeepPartial } from './config/sources.js';
import type { ConditionedTrack } from './conditioning/types.js';
import type { Kinematics } from './kinematics/types.js';
import type { RepSegmentation } from './reps/types.js';
import type { AnalysisReport } from './report/types.js';

export interface AnalyzeOptions {
  /** Personal safe depth (hip flexion, degrees) from a calibration; defaults to the evidence-based limit. */
  readonly safeDepthDeg?: number;
  /** 'offline' = zero-phase Butterworth (recorded video); 'live' = causal One-Euro (live coaching). */
  readonly smoothing?: 'offline' | 'live';
  readonly config?: DeepPartial<EngineConfig>;
  /** Include down-sampled angle series for plots. */
  readonly includeSeries?: boolean;
}

/** The report plus the intermediate stages, for presenters that draw skeletons and plots. */
export interface DetailedAnalysis {
  readonly report: AnalysisReport;
  readonly conditioned: ConditionedTrack;
  readonly kinematics: Kinematics;
  readonly segmentation: RepSegmentation;
  readonly config: EngineConfig;
}

export { AnalysisError } from './core/errors.js';
