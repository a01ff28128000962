/** The hip flexion that counts as the lifter's limit for `too_deep` and live "stop" cues. */
export interface SafeDepth {
  readonly hipFlexionDeg: number;
  readonly source: 'default' | 'user' | 'calibration';
}

/** Result of a calibration set: where the pelvis started to roll, and the safe depth derived from it. */
export interface DepthCalibration {
  /** Hip flexion at which the pelvis started to roll off the pad; null when it never rolled. */
  readonly tuckOnsetHipFlexionDeg: number | null;
  readonly safeDepth: SafeDepth;
  /** Deepest hip flexion reached in the calibration set. */
  readonly maxHipFlexionDeg: number;
  readonly confidence: number;
  /** Plain sentence explaining the result (or why it could not be found). */
  readonly explanation: string;
}
