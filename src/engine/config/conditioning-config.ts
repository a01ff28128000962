import { CONV, type SourcesOf } from './sources.js';

export interface ConditioningConfig {
  /** Keypoints below this model score are treated as missing. Raise it if jittery ghosts survive; lower it for dim video. */
  readonly minScore: number;
  /** Hampel outlier filter: half window (frames) and rejection threshold (robust standard deviations). */
  readonly hampelHalfWindow: number;
  readonly hampelSigmas: number;
  /** Hampel never rejects a point closer than this to its window median (pixels), so sub-pixel wobble is kept. */
  readonly hampelMinDeviationPx: number;
  /**
   * ...nor closer than this many thigh lengths (the body's own scale), so 2D pose jitter is never taken for an
   * outlier: a window of 7 samples estimates its spread poorly, and the samples it wrongly rejects are mostly
   * the extremes of turning points, which a low frame rate shows in a single sample.
   */
  readonly hampelMinDeviationThighs: number;
  /**
   * A frame whose thigh or shank image length is off its set median by more than this fraction has a misplaced
   * leg point, which is rejected (then filled like any gap).
   */
  readonly boneLengthToleranceFraction: number;
  /**
   * A sample further than this (thigh lengths) from the path between its two neighbours is rejected: a one-frame
   * jump away and back.
   */
  readonly maxPathDeviationThighs: number;
  /** Gaps up to this long (time between the valid samples around them) are interpolated; longer gaps stay missing. */
  readonly maxGapS: number;
  /** How short gaps are filled: 'linear', or 'cubic' (Hermite through the neighbours, follows curved paths). */
  readonly gapFillMethod: 'linear' | 'cubic';
  /** Offline zero-phase Butterworth low-pass cut-off (2nd order run forward and backward = effective 4th order). */
  readonly butterworthCutoffHz: number;
  /** Causal One-Euro filter for live use. Lower min cut-off = less jitter at rest; higher beta = less lag when moving. */
  readonly oneEuroMinCutoffHz: number;
  readonly oneEuroBeta: number;
  readonly oneEuroDerivateCutoffHz: number;
  /**
   * Left/right swap repair: a joint pair is swapped back when the swapped assignment's continuity cost is below
   * this fraction of the kept one's...
   */
  readonly swapCostRatio: number;
  /** ...and saves at least this many thigh lengths of jump (so nearly coincident joints are never flipped). */
  readonly swapMinGainThighs: number;
  /** Sides whose mean hip/knee/ankle confidence differ by less than this are a tie, broken by apparent thigh length. */
  readonly sideTieScoreMargin: number;
}

export const CONDITIONING_DEFAULTS: ConditioningConfig = {
  minScore: 0.3,
  hampelHalfWindow: 3,
  hampelSigmas: 3,
  hampelMinDeviationPx: 2,
  hampelMinDeviationThighs: 0.1,
  boneLengthToleranceFraction: 0.3,
  maxPathDeviationThighs: 0.3,
  maxGapS: 0.3,
  gapFillMethod: 'cubic',
  butterworthCutoffHz: 6,
  oneEuroMinCutoffHz: 1.5,
  oneEuroBeta: 0.01,
  oneEuroDerivateCutoffHz: 1,
  swapCostRatio: 0.5,
  swapMinGainThighs: 0.1,
  sideTieScoreMargin: 0.02,
};

export const CONDITIONING_SOURCES: SourcesOf<ConditioningConfig> = {
  minScore: 'anchors.md: Sports2D/Pose2Sim drop keypoints < 0.3',
  hampelHalfWindow: 'anchors.md: Sports2D Hampel(7)',
  hampelSigmas: 'Hampel filter convention (3 MAD-sigmas)',
  hampelMinDeviationPx: `${CONV}: about the frame-to-frame jitter of 2D pose models at 720p`,
  hampelMinDeviationThighs:
    '[conv] 3 SD of 2D pose jitter (high noise ~0.03 thigh on simulated sets; evidence.md §2: 4-7 deg joint ' +
    'error) and below the gross errors Hampel is for (limb confusions, 0.5-1 thigh)',
  boneLengthToleranceFraction:
    'projection geometry: a rigid segment moving in a plane at the side-view yaw limit (20 deg) changes its image ' +
    'length by at most 1 - cos 20 deg = 6%, sled travel changes its distance to the camera by a few %, and 2D pose ' +
    "models' bone-length spread is ~10% of a thigh (docs/performance.md): 30% is well outside all three",
  maxPathDeviationThighs:
    'kinematics: at a reversal (the sharpest real path, a bounce) a joint leaves the chord of its neighbours by ' +
    'about speed x frame interval: knee ~2 thigh/s x 1/15 s = 0.13 thigh at the slowest analysis rate; 2D pose ' +
    'jitter is ~0.03 thigh (evidence.md §2: 4-7 deg joint error); 0.3 is twice the first and 10x the second',
  maxGapS: '[conv] about one third of a fast eccentric; longer gaps are not guessed',
  gapFillMethod: 'anchors.md: Sports2D/Pose2Sim interpolate gaps, cubic by default',
  butterworthCutoffHz: 'anchors.md: Sports2D/Pose2Sim zero-phase Butterworth 6 Hz order 4',
  oneEuroMinCutoffHz: 'Casiez et al. 2012 One-Euro filter; tuned [conv] for slow leg press motion',
  oneEuroBeta: 'Casiez et al. 2012; [conv] for pixel units',
  oneEuroDerivateCutoffHz: 'Casiez et al. 2012 default 1 Hz',
  swapCostRatio: `${CONV}: a true swap roughly zeroes the swapped cost; 0.5 leaves room for motion between frames`,
  swapMinGainThighs: `${CONV}: well above keypoint jitter (~1-3% of a thigh), below the near/far knee offset of an oblique view`,
  sideTieScoreMargin: `${CONV}: score differences below 0.02 are within frame-to-frame model noise`,
};
