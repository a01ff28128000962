import { CONV, type SourcesOf } from './sources.js';

export interface RepsConfig {
  /** A rep must bend the knee at least this much from the top (smaller movements are ignored). */
  readonly minRangeDeg: number;
  /** A descent must start within this many degrees of the set's top knee angle ("near the top"). */
  readonly nearTopDeg: number;
  /** Hysteresis band: the knee must move this far past a turning point before a phase change is accepted. */
  readonly hysteresisDeg: number;
  /**
   * The hysteresis band grows with the set's knee range (this fraction of it, top quantile to bottom quantile), so
   * keypoint wobbles on a real, noisier track do not split a rep...
   */
  readonly hysteresisRangeFraction: number;
  /** ...up to this many degrees (it must stay well under `minRangeDeg`, or a minimal rep could not register). */
  readonly maxHysteresisDeg: number;
  /**
   * A rep cut off by the clip (already descending when it starts, or still pushing when it ends) is counted when
   * at least this fraction of its range is visible: its bottom is judged, its cut-off phase is not timed.
   */
  readonly minVisibleRangeFraction: number;
  /**
   * Knee readings past this (bent backwards by more than 20 deg) are misplaced points or a leg seen from behind,
   * not a joint angle: the segmenter ignores them.
   */
  readonly maxPlausibleKneeDeg: number;
  /**
   * Reps are counted on the knee angle when its implied hip-to-ankle reach correlates with the measured reach at
   * least this well over the set; below, on the angle the reach implies (the knee point is then the misplaced one).
   */
  readonly minKneeReachAgreement: number;
  /** Band above the minimum knee angle that counts as "at the bottom" (for dwell time). */
  readonly bottomBandDeg: number;
  /**
   * Bottom dwell also counts the longest stretch over which the knee stays within `bottomBandDeg` of itself,
   * sought where the knee is within this many degrees of the deepest frame (so a brief keypoint dip under a
   * paused bottom does not shrink the pause).
   */
  readonly bottomSearchDeg: number;
  readonly minRepDurationS: number;
  readonly maxRepDurationS: number;
  /**
   * A phase edge is first located where the knee is this fraction of the rep's range from its turning point
   * (above pose noise, so a pause at the top or bottom is not counted as lowering or pushing time).
   */
  readonly phaseEdgeFraction: number;
  /**
   * Second level (fraction of range) for locating where a phase truly starts: smooth human movement leaves a
   * turning point quadratically, so the start is extrapolated from the times at `phaseEdgeFraction` and this.
   */
  readonly phaseFitFraction: number;
  /**
   * Cross-check: a counted rep must also shorten the hip-to-ankle reach at least this far (shank lengths),
   * so a knee-angle artefact without sled motion is not a rep. 25 deg of knee bend from near straight moves the
   * ankle ~0.07 shank lengths with equal thigh and shank.
   */
  readonly minSledTravelShanks: number;
  /**
   * Cross-check in proportion: the hip-to-ankle reach must shorten by at least this fraction of what the knee's
   * range implies (two-link geometry), so a tracking glitch in the knee angle alone is not a rep. The reach is
   * measured between hip and ankle, so it holds whether the footplate or the seat moves and while the camera pans.
   */
  readonly minSledToKneeRatio: number;
  /** The set's top knee angle is this quantile of all knee angles (robust to a few wild frames). */
  readonly topQuantile: number;
  /**
   * Mean pushing speed (velocity-loss input) is timed over the middle of each rep's own sled travel, from this
   * fraction of the way up from the bottom...
   */
  readonly concentricSpeedFromFraction: number;
  /** ...to this fraction, so pauses and misplaced phase edges at the turning points do not change it. */
  readonly concentricSpeedToFraction: number;
}

export const REPS_DEFAULTS: RepsConfig = {
  minRangeDeg: 25,
  nearTopDeg: 25,
  hysteresisDeg: 5,
  hysteresisRangeFraction: 0.2,
  maxHysteresisDeg: 15,
  minVisibleRangeFraction: 0.5,
  maxPlausibleKneeDeg: 200,
  minKneeReachAgreement: 0.9,
  bottomBandDeg: 5,
  bottomSearchDeg: 10,
  minRepDurationS: 0.5,
  maxRepDurationS: 20,
  phaseEdgeFraction: 0.05,
  phaseFitFraction: 0.3,
  minSledTravelShanks: 0.05,
  minSledToKneeRatio: 0.5,
  topQuantile: 0.95,
  concentricSpeedFromFraction: 0.1,
  concentricSpeedToFraction: 0.9,
};

export const REPS_SOURCES: SourcesOf<RepsConfig> = {
  minRangeDeg: CONV,
  nearTopDeg: CONV,
  hysteresisDeg: 'evidence.md §2: >= 5 deg hysteresis',
  hysteresisRangeFraction:
    '[conv] a fifth of the set range (~15 deg on a 75 deg rep): wobbles of 2D keypoints on real lifters ' +
    '(evidence.md §2: 4-7 deg joint-angle error, so 8-14 deg swings) stay inside one phase',
  maxHysteresisDeg:
    '[conv] about twice the upper 2D joint-angle error (evidence.md §2: 4-7 deg) and well under minRangeDeg (25)',
  minVisibleRangeFraction:
    '[conv] "mostly visible" (realset conventions: a first descent under way at the start, or a last ascent ' +
    'mostly visible, may be counted): more than half of the rep seen',
  maxPlausibleKneeDeg:
    '[conv] anatomy: knee hyperextension rarely passes 10-15 deg even in genu recurvatum (the lockout alert is 5, ' +
    'evidence.md §4); 20 deg leaves room for 2D angle error (evidence.md §2: 4-7 deg)',
  minKneeReachAgreement:
    '[measured, real footage, docs/accuracy.md] clear side views agree at r = 0.95-0.99 (realset dhruv, ' +
    'seanward, BlazePose and MoveNet); cameras behind or in front of the lifter, a hand-held phone and a ' +
    'cropped low camera 0.46-0.77 with BlazePose full, where knee-angle reps were 1-9 off',
  bottomBandDeg: CONV,
  bottomSearchDeg:
    '[conv] twice the bottom band: holds a paused bottom under a dip of up to one band (5 deg) from 2D ' +
    'keypoint noise (evidence.md §2: 4-7 deg joint-angle error), while excluding the mid-descent',
  minRepDurationS: 'evidence.md §3: 0.5-8 s rep durations (Schoenfeld 2015)',
  maxRepDurationS: CONV,
  phaseEdgeFraction: '[conv] 5% of range: above 2D pose noise (~1 deg after smoothing) on a 60-90 deg rep',
  phaseFitFraction:
    '[conv] quadratic onset: extrapolation within 2% of duration for cosine and smoothstep profiles; higher = less noise gain',
  minSledTravelShanks:
    '[conv] two-link geometry: 170 -> 145 deg knee with equal segments moves the ankle 0.07 shank',
  minSledToKneeRatio:
    '[conv] real reps measure 0.8-1.0 of the two-link prediction (simulated sets); half leaves room',
  topQuantile: '[conv] robust maximum: tolerates up to 5% outlier frames',
  concentricSpeedFromFraction:
    '[conv] 10% of travel (~0.05 shank on a 0.5 shank rep): above ankle noise (~0.02 shank), past the turn',
  concentricSpeedToFraction:
    '[conv] symmetric with the start; wider windows average more keypoint drift (0.1-0.9 beat 0.2-0.8 on ' +
    'simulated sets); mean velocity over a fixed share of range keeps reps comparable (evidence.md §3)',
};
