import type { SourcesOf } from '../engine/index.js';

/** Tunables of the live cue rules (pure; the engine's fault thresholds are read from its own config). */
export interface LiveCueConfig {
  /** Engine window: the last this-many seconds of poses are conditioned for each update (bounded cost). */
  readonly windowS: number;
  /** Reps are counted on (at most) the last this-many seconds of the set, segmented as the offline analysis does. */
  readonly repWindowS: number;
  /** Reps whose bottom is within this of the rep window's start are counted for good before they leave it. */
  readonly repKeepMarginS: number;
  /** The per-frame angles (for cues) come from this shorter recent window. */
  readonly angleWindowS: number;
  /** Rep counting and the view check are refreshed at this interval (they change slowly). */
  readonly slowRefreshS: number;
  /** "stop" fires this far (hip flexion) before the safe depth, to cover pose + audio latency. */
  readonly stopLeadDeg: number;
  /** Hip flexion velocity over this span decides descending / pushing. */
  readonly velocitySpanS: number;
  /** Above this hip flexion rate (deg/s, increasing) the lifter is lowering the sled. */
  readonly descendingDegPerS: number;
  /** Below minus this rate the lifter is pushing. */
  readonly pushingDegPerS: number;
  /** A lowering shorter than this (hip flexion) is pose jitter, not a descent: no "exhale", no new range. */
  readonly minDescentDeg: number;
  /** "soft knees" is said for a locked top the offline detector finds no older than this (else it is news too late). */
  readonly lockoutCueMaxAgeS: number;
  /** Top-to-bottom hip flexion range assumed before the first rep has shown the real one. */
  readonly assumedRangeDeg: number;
  /** The lowering must have covered this fraction of the range before "slow down" can fire (not on a twitch). */
  readonly slowDownMinProgress: number;
}

export const LIVE_CUE_DEFAULTS: LiveCueConfig = {
  windowS: 8,
  repWindowS: 60,
  repKeepMarginS: 10,
  angleWindowS: 2,
  slowRefreshS: 0.25,
  stopLeadDeg: 8,
  velocitySpanS: 0.25,
  descendingDegPerS: 12,
  pushingDegPerS: 12,
  minDescentDeg: 15,
  lockoutCueMaxAgeS: 1.5,
  assumedRangeDeg: 50,
  slowDownMinProgress: 0.3,
};

export const LIVE_CUE_SOURCES: SourcesOf<LiveCueConfig> = {
  windowS:
    '[conv] view check: about two slow reps (2 s down + 1 s up + pauses), enough tops for the machine reference',
  repWindowS:
    '[conv] a whole set of 10-15 reps at 2-4 s each; caps the per-refresh cost (~1200 frames at 20 fps)',
  repKeepMarginS: '[conv] 2-3 reps: long past any revision a rep gets as the set shows its range',
  angleWindowS:
    '[conv] long enough for the causal filter to settle (One-Euro ~0.2 s) and the side choice to be stable',
  slowRefreshS: '[conv] a rep counter that updates within a quarter second reads as immediate',
  stopLeadDeg:
    '[conv] ~150 ms frame-to-cue latency x ~50 deg/s controlled descent = 7.5 deg, rounded up (docs/performance.md, Web)',
  velocitySpanS: '[conv] ~6 frames at 25 fps: smooths pose jitter without hiding the turn at the bottom',
  descendingDegPerS:
    '[conv] a 2 s eccentric over ~50 deg is 25 deg/s; half of it separates lowering from holding still',
  pushingDegPerS: '[conv] symmetric with descendingDegPerS',
  minDescentDeg:
    '[conv] 2-3x the 2D hip angle error (evidence.md §2: MAE 4-7 deg); a real rep sweeps ~50 deg',
  lockoutCueMaxAgeS:
    '[conv] a top is held ~0.5-2 s; the detector sees a lock ~0.2 s (its hold) + one refresh after it starts',
  assumedRangeDeg: '[conv] typical leg press hip flexion sweep (top ~50 deg to bottom ~100 deg)',
  slowDownMinProgress: '[conv] a third of the way down: the pace is established, the bottom not yet reached',
};
