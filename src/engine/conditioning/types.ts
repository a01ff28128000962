import type { BodySide, LandmarkSetId, SideJoint } from '../core/landmarks.js';

/** A body point over time in image pixels; NaN in x/y where the point is missing or rejected. */
export interface PointSeries {
  readonly x: Float64Array;
  readonly y: Float64Array;
  /** Model confidence per frame; 0 where the point is missing, interpolated points keep the lower neighbour's score. */
  readonly score: Float64Array;
  /**
   * Depth relative to the hips' midpoint, image pixels, smaller = nearer the camera, as the model gave it (not
   * filtered; NaN where missing). Only for `DEPTH_JOINTS` and only when the track carries depth (BlazePose).
   */
  readonly z?: Float64Array;
}

/** What conditioning did to the raw track; feeds the view check and the report. */
export interface ConditioningStats {
  readonly frameCount: number;
  /** Fraction of frames in which each near-side joint is usable after conditioning. */
  readonly validFraction: Readonly<Record<SideJoint, number>>;
  /** Near-side points (one joint in one frame) detected but below `minScore`, so treated as missing. */
  readonly lowConfidenceRejected: number;
  /** Near-side points dropped by the Hampel outlier filter. */
  readonly outliersRejected: number;
  /** Frames in which at least one near-side joint was interpolated across a short gap. */
  readonly framesInterpolated: number;
  /** Frames in which at least one left/right joint pair was swapped back to its consistent label. */
  readonly swapsRepaired: number;
  /** Mean model confidence of the near-side leg and trunk joints over frames where they were detected. */
  readonly meanScore: number;
  /**
   * Mean hip/knee/ankle confidence of the near side minus the far side's, missing frames counting 0 (0..1).
   * Near 0 means the side choice was a close call (e.g. a front view); optional for hand-built test tracks.
   */
  readonly sideScoreMargin?: number;
}

/**
 * The track after conditioning: one consistent camera-side ("near") leg for the whole set, gated, outliers
 * rejected, short gaps filled and smoothed. Struct-of-arrays for speed (an hour of video is ~10^5 frames).
 */
export interface ConditionedTrack {
  readonly tS: Float64Array;
  readonly landmarkSet: LandmarkSetId;
  readonly imageWidthPx: number;
  readonly imageHeightPx: number;
  /** The body side nearest the camera, chosen once for the whole set. */
  readonly side: BodySide;
  /** Which way the lifter's knees point in the image: 'right' means knees at larger x than hips. */
  readonly facing: 'left' | 'right';
  /** Near-side joints; undefined when the landmark set has no such point (MoveNet has no heel or toe). */
  readonly near: Readonly<Record<SideJoint, PointSeries | undefined>>;
  /** Far-side joints (same conditioning), used by the view check and front-view faults. */
  readonly far: Readonly<Record<SideJoint, PointSeries | undefined>>;
  readonly nose: PointSeries;
  readonly stats: ConditioningStats;
}
