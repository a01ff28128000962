import type { BodySide, FaultId, KeypointTrack, LandmarkSetId } from '../engine/index.js';
import type { BodySize } from './anthropometry.js';

/** The leg press machine as seen from the side. */
export interface MachineParams {
  /** Back pad angle from horizontal (30 = reclined, 60 = upright). */
  readonly seatBackDeg: number;
  /** Sled travel angle from horizontal (a "45 degree" leg press is 45). */
  readonly sledDeg: number;
  /**
   * Where the feet sit on the platform, as the offset of the ankle's path from the hip, in leg lengths,
   * measured across the sled axis: larger = feet higher on the platform (more hip flexion at the same knee angle).
   */
  readonly footHeightLegs: number;
}

/** What the lifter does in one repetition. Faults are per rep so they can appear mid-set. */
export interface RepParams {
  /** Nominal hip flexion (seat pad to thigh) at the bottom: the depth of the rep. */
  readonly bottomHipFlexionDeg: number;
  /** Nominal hip flexion past which the pelvis starts to roll off the pad. */
  readonly tuckOnsetHipFlexionDeg: number;
  /** Hip departure off the pad reached at the bottom when the bottom is past the onset, thigh lengths. */
  readonly tuckMaxThighs: number;
  /** Knee angle held at the top that ends this rep (180 = straight, > 180 hyperextended). */
  readonly lockoutKneeDeg: number;
  readonly eccentricS: number;
  /**
   * Push time of a rep of the set's typical depth at the start of the set; deeper or shallower reps scale
   * with their sled travel (same speed), and the set's velocity loss slows later reps.
   */
  readonly concentricS: number;
  readonly bottomPauseS: number;
  /** Pause at the top after this rep (before the next one). */
  readonly topPauseS: number;
  /** No bottom dwell: full speed into the bottom and a rebound out of it. */
  readonly bounce: boolean;
  /** Heel-to-toe rotation reached at the bottom (heel rising off the platform). */
  readonly heelLiftDeg: number;
  /** Head (neck) rotation off the pad reached at the bottom. */
  readonly headLiftDeg: number;
}

export type NoiseLevel = 'none' | 'low' | 'moderate' | 'high';

/** Keypoint noise, in thigh lengths where it is a distance, so it scales with the body in the image. */
export interface NoiseParams {
  /** White jitter, standard deviation per coordinate. */
  readonly jitterThighs: number;
  /** Slowly wandering (AR(1), rho 0.9) error, standard deviation per coordinate. */
  readonly driftThighs: number;
  /** Constant per-joint offset for the whole set (model bias at joint centres), standard deviation. */
  readonly biasThighs: number;
  /** Probability a keypoint is missing (null) in a frame. */
  readonly pointDropout: number;
  /** Probability the whole frame has no person. */
  readonly frameDropout: number;
  /** Probability a frame is low confidence (motion blur): scores fall, jitter triples. */
  readonly lowConfidenceFrame: number;
  /** Probability that left and right labels are swapped in a frame. */
  readonly swap: number;
  /** Probability a keypoint is a gross outlier (half to one thigh length off, normal score). */
  readonly outlier: number;
  /** Far-side joints: score range and extra offset (the model guesses occluded joints). */
  readonly farSideScore: readonly [number, number];
  readonly farSideOffsetThighs: number;
  /** Normal score range of visible joints. */
  readonly score: readonly [number, number];
  /** Timestamp jitter as a fraction of the frame interval (variable frame rate). */
  readonly timestampJitter: number;
}

export interface CameraParams {
  readonly imageWidthPx: number;
  readonly imageHeightPx: number;
  /** Horizontal field of view of the camera. */
  readonly hfovDeg: number;
  /** Fraction of the limiting image dimension the lifter and sled span; sets the camera distance. */
  readonly fill: number;
  /** 'right' = the lifter's knees point to larger x in the image than the hips. */
  readonly facing: 'left' | 'right';
}

export interface SetParams {
  readonly seed: number;
  readonly body: BodySize;
  readonly machine: MachineParams;
  readonly camera: CameraParams;
  readonly landmarkSet: LandmarkSetId;
  readonly fps: number;
  /** One entry per rep. */
  readonly reps: readonly RepParams[];
  /** Fraction by which the concentric slows from the first to the last rep (0.3 = 30% slower speed). */
  readonly velocityLossFraction: number;
  /** Start with the sled at the bottom (the first movement is a push, not a rep). */
  readonly startAtBottom: boolean;
  /** Unrack before and re-rack after the set (small movements that are not reps). */
  readonly setupAndRerack: boolean;
  readonly noise: NoiseLevel | NoiseParams;
  /** The personal safe depth the engine will be given, if any (for the too_deep label). */
  readonly safeDepthDeg?: number;
}

/** Ground truth of one rep, measured on the noiseless geometry with the engine's definitions. */
export interface TrueRep {
  readonly index: number;
  readonly startS: number;
  readonly bottomS: number;
  readonly endS: number;
  readonly eccentricS: number;
  readonly concentricS: number;
  readonly bottomDwellS: number;
  readonly kneeTopDeg: number;
  readonly kneeMinDeg: number;
  readonly hipFlexionMaxDeg: number;
  readonly hipDepartureMaxThighs: number;
  readonly heelLiftMaxDeg: number;
  readonly headDepartureMaxThighs: number;
  /** Longest hold at or past the lockout warn angle in the top that ends this rep, seconds. */
  readonly lockoutHoldS: number;
  readonly lockoutKneeMaxDeg: number;
  /** Peak lowering speed and speed on entering the bottom band, shank lengths per second. */
  readonly eccentricPeakSpeedShanksPerS: number;
  readonly arrivalSpeedShanksPerS: number;
  readonly concentricMeanVelocityShanksPerS: number;
  readonly faults: readonly FaultId[];
}

/** Per-frame truth (same length and times as the track's frames). */
export interface TrueSeries {
  readonly tS: Float64Array;
  readonly kneeDeg: Float64Array;
  readonly hipFlexionDeg: Float64Array;
  readonly hipDepartureThighs: Float64Array;
  readonly heelLiftDeg: Float64Array;
  readonly headDepartureThighs: Float64Array;
  readonly sledTravelShanks: Float64Array;
}

export interface SetTruth {
  readonly nearSide: BodySide;
  readonly facing: 'left' | 'right';
  readonly series: TrueSeries;
  readonly reps: readonly TrueRep[];
  /** Set-level faults truly present (velocity_loss, load_too_heavy). */
  readonly setFaults: readonly FaultId[];
  readonly velocityLossPercent: number;
  /** The too_deep limit the labels used. */
  readonly hipFlexionLimitDeg: number;
  readonly thighPx: number;
  readonly cameraDistanceM: number;
}

export interface SimulatedSet {
  readonly params: SetParams;
  readonly track: KeypointTrack;
  readonly truth: SetTruth;
}
