import type { SourcesOf } from './sources.js';

export interface ConditioningConfig {
  /** Keypoints below this model score are treated as missing. */
  readonly minScore: number;
  /** Hampel outlier filter: half window (frames) and rejection threshold (robust standard deviations). */
  readonly hampelHalfWindow: number;
  readonly hampelSigmas: number;
  /** Gaps up to this long are interpolated; longer gaps stay missing. */
  readonly maxGapS: number;
  /** Offline zero-phase Butterworth low-pass cut-off. */
  readonly butterworthCutoffHz: number;
  /** Causal One-Euro filter for live use. */
  readonly oneEuroMinCutoffHz: number;
  readonly oneEuroBeta: number;
  readonly oneEuroDerivateCutoffHz: number;
}

export const CONDITIONING_DEFAULTS: ConditioningConfig = {
  minScore: 0.3,
  hampelHalfWindow: 3,
  hampelSigmas: 3,
  maxGapS: 0.3,
  butterworthCutoffHz: 6,
  oneEuroMinCutoffHz: 1.5,
  oneEuroBeta: 0.01,
  oneEuroDerivateCutoffHz: 1,
};

export const CONDITIONING_SOURCES: SourcesOf<ConditioningConfig> = {
  minScore: 'anchors.md: Sports2D/Pose2Sim drop keypoints < 0.3',
  hampelHalfWindow: 'anchors.md: Sports2D Hampel(7)',
  hampelSigmas: 'Hampel filter convention (3 MAD-sigmas)',
  maxGapS: '[conv] about one third of a fast eccentric; longer gaps are not guessed',
  butterworthCutoffHz: 'anchors.md: Sports2D/Pose2Sim zero-phase Butterworth 6 Hz order 4',
  oneEuroMinCutoffHz: 'Casiez et al. 2012 One-Euro filter; tuned [conv] for slow leg press motion',
  oneEuroBeta: 'Casiez et al. 2012; [conv] for pixel units',
  oneEuroDerivateCutoffHz: 'Casiez et al. 2012 default 1 Hz',
};
