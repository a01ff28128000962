/** Which phase of a rep the clip cut off: 'start' = already descending at the first frame, 'end' = still pushing at the last. */
export type RepCutOff = 'start' | 'end';

/** One completed repetition: a descent from near the top to a bottom and back. Frames index the track. */
export interface Rep {
  /** 1-based position in the set. */
  readonly index: number;
  readonly startFrame: number;
  readonly bottomFrame: number;
  readonly endFrame: number;
  /** When the sled started down (sub-frame, extrapolated from the knee angle); startFrame is the nearest frame. */
  readonly startS: number;
  readonly bottomS: number;
  /** When the sled got back to the top; endFrame is the nearest frame. */
  readonly endS: number;
  /** Lowering time: from leaving the top until arriving at the bottom (a pause at the bottom is not included), s. */
  readonly eccentricS: number;
  /** Pushing time: from leaving the bottom until reaching the top, seconds. */
  readonly concentricS: number;
  /** Time spent near the bottom (within the bottom hysteresis band), seconds. */
  readonly bottomDwellS: number;
  readonly kneeMinDeg: number;
  readonly kneeTopDeg: number;
  readonly hipFlexionMaxDeg: number;
  /** Sled travel reached at the bottom, shank lengths. */
  readonly sledTravelMaxShanks: number;
  /** Peak concentric (pushing) speed, shank lengths per second. */
  readonly concentricPeakVelocityShanksPerS: number;
  /** Mean concentric speed, shank lengths per second (velocity-loss input). */
  readonly concentricMeanVelocityShanksPerS: number;
  /** Set when the clip cut the rep off: that phase's timing is not measured (lowering for 'start', pushing for 'end'). */
  readonly cutOff?: RepCutOff;
}

/** Movement the segmenter saw but did not count, with why (setup, re-racking, partial movement). */
export interface IgnoredMovement {
  readonly startS: number;
  readonly endS: number;
  readonly reason: string;
}

export interface RepSegmentation {
  readonly reps: readonly Rep[];
  readonly ignored: readonly IgnoredMovement[];
  /**
   * What the reps were counted on: the knee angle, or the knee angle implied by the hip-to-ankle reach when the
   * knee point disagreed with the legs' movement (reps/rep-signal.ts). Optional for hand-built segmentations.
   */
  readonly countedOn?: 'knee' | 'leg_reach';
}
