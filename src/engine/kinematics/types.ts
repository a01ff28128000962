import type { Vec2 } from '../core/geometry.js';

/** The machine reference the kinematics are measured against, taken from the tops of the reps. */
export interface MachineReference {
  /** Back-pad line through shoulder and hip at the top of reps (image px); `from` = hip, `to` = shoulder. */
  readonly padLine: { readonly from: Vec2; readonly to: Vec2 };
  /** Unit normal of the pad line pointing to the lifter's front (towards the sled): "away from the pad". */
  readonly padFrontNormal?: Vec2;
  /** Unit vector along which the feet (sled) travel, pointing towards the lifter (deeper). */
  readonly sledAxis: Vec2;
  readonly thighLengthPx: number;
  readonly shankLengthPx: number;
  /** Frames used as "top of rep" references. */
  readonly topFrames: readonly number[];
  /** Hip position at the top of reps (image px), the origin for departure and slide. */
  readonly hipAtTop: Vec2;
  readonly ankleAtTop: Vec2;
}

/**
 * Per-frame joint kinematics of the near side. Every array has one value per frame; NaN = not measurable
 * in that frame (joint missing). Sign conventions hold for either facing direction.
 */
export interface Kinematics {
  readonly tS: Float64Array;
  /** Interior knee angle hip-knee-ankle: 180 = straight, < 180 flexed, > 180 hyperextended. */
  readonly kneeDeg: Float64Array;
  /** 180 minus the trunk-thigh angle (shoulder-hip-knee): 0 = straight, larger = knees closer to chest. */
  readonly hipFlexionDeg: Float64Array;
  /** Hip's distance off the back-pad line, away from the pad (positive = lifted off), in thigh lengths. */
  readonly hipDepartureThighs: Float64Array;
  /** Hip's movement along the pad line from its top-of-rep position (positive = towards the shoulders), thigh lengths. */
  readonly hipSlideThighs: Float64Array;
  /** Rotation of the shoulder-hip line from the pad line, degrees; positive = pelvis rolling under (posterior tilt). */
  readonly trunkRotationDeg: Float64Array;
  /** Heel-toe line rotation from its top-of-rep orientation, degrees; positive = heel rising. Undefined without heel landmarks. */
  readonly heelLiftDeg: Float64Array | undefined;
  /**
   * Head (ear, else nose) distance off the pad line, away from the pad, in thigh lengths, relative to where the
   * same point sat at the tops of reps (0 = head as at the top; positive = head forward off the pad).
   */
  readonly headDepartureThighs: Float64Array;
  /** Feet travel along the sled axis from the top, in shank lengths (positive = sled lowered towards the lifter). */
  readonly sledTravelShanks: Float64Array;
  /** Time derivative of sled travel, shank lengths per second (positive = lowering). */
  readonly sledVelocityShanksPerS: Float64Array;
  /**
   * Hip-to-ankle distance, shank lengths: shrinks with every rep whichever part of the machine moves and however
   * the camera pans (kinematics/leg-reach.ts). Optional for hand-built kinematics in tests.
   */
  readonly legReachShanks?: Float64Array;
  readonly reference: MachineReference;
  /**
   * One standard deviation of keypoint error in the knee angle over the set (degrees), estimated from the spread of
   * the measured thigh and shank lengths (bones do not stretch). NaN when a leg segment is never seen.
   */
  readonly kneeAngleUncertaintyDeg?: number;
  /** Keypoint-noise standard deviation of the heel lift angle (degrees), from the spread of the foot length. */
  readonly heelAngleUncertaintyDeg?: number;
  /**
   * Foot-line rotation (degrees) that the toe's movement across the sled axis alone makes, at a high quantile of
   * the set's frames: near 0 for a real foot (the toes stay on the sliding platform), tens of degrees when the
   * model places the toe where the shin points. Undefined without heel and toe landmarks.
   */
  readonly toeDriftDeg?: number;
  /** Median heel-to-toe length over the median shank length (kinematics/foot-to-shank.ts); undefined without feet. */
  readonly footToShankRatio?: number;
  /**
   * One standard deviation of keypoint error in the hip position (thigh lengths), from the spread of the measured
   * thigh length; the noise floor of hip departure and slide. NaN when the thigh is never seen.
   */
  readonly hipPositionUncertaintyThighs?: number;
}
