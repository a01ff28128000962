/** One completed repetition: a descent from near the top to a bottom and back. Frames index the track. */
export interface Rep {
  /** 1-based position in the set. */
  readonly index: number;
  readonly startFrame: number;
  readonly bottomFrame: number;
  readonly endFrame: number;
  readonly startS: number;
  readonly bottomS: number;
  readonly endS: number;
  /** Lowering time (start to bottom), seconds. */
  readonly eccentricS: number;
  /** Pushing time (bottom to end), seconds. */
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
}
