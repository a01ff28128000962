import { CONV, type SourcesOf } from './sources.js';

export interface FaultsConfig {
  readonly pelvicTuck: {
    /** Hip departure from the pad line (or slide along it), thigh lengths. */
    readonly warnThighs: number;
    readonly alertThighs: number;
    /** Second signal: shoulder-hip line rotating away from the pad line. */
    readonly trunkRotationWarnDeg: number;
    readonly minConsecutiveFrames: number;
  };
  readonly tooDeep: {
    /** Default hip flexion limits when no personal safe depth is known. */
    readonly defaultWarnHipFlexionDeg: number;
    readonly defaultAlertHipFlexionDeg: number;
    /** With a personal safe depth: alert when this many degrees past it. */
    readonly alertPastSafeDepthDeg: number;
  };
  readonly kneeLockout: {
    readonly warnKneeDeg: number;
    /** Hyperextension past straight that counts as recurvatum. */
    readonly alertKneeDeg: number;
    readonly minHoldS: number;
  };
  readonly fastEccentric: {
    readonly targetS: number;
    readonly warnBelowS: number;
    readonly alertBelowS: number;
  };
  readonly bounce: {
    /** Bottom dwell shorter than this, with the sled still moving fast into the bottom, is a bounce. */
    readonly maxDwellS: number;
    /** Fraction of the rep's peak lowering speed still present just before the bottom. */
    readonly minArrivalSpeedRatio: number;
  };
  readonly heelLift: { readonly warnDeg: number; readonly alertDeg: number };
  readonly headLift: { readonly warnThighs: number; readonly alertThighs: number };
  readonly kneeValgus: { readonly warnFppaDeg: number; readonly alertFppaDeg: number };
  readonly shallowRep: {
    /** A rep whose knee bend is less than this fraction of the set's deepest rep is partial. */
    readonly minFractionOfSetDepth: number;
    /** Knee angle above which a rep is partial regardless of the set (knee flexion target 90-100). */
    readonly maxBottomKneeDeg: number;
  };
  readonly velocityLoss: { readonly warnPercent: number; readonly alertPercent: number };
  readonly loadTooHeavy: {
    /** Fraction of late reps with faults, versus early reps, that signals the load is too heavy. */
    readonly minLateFaultRepsIncrease: number;
    readonly minReps: number;
  };
  /** Joints below this mean confidence make a fault not assessable. */
  readonly minJointConfidence: number;
}

export const FAULTS_DEFAULTS: FaultsConfig = {
  pelvicTuck: { warnThighs: 0.08, alertThighs: 0.15, trunkRotationWarnDeg: 8, minConsecutiveFrames: 3 },
  tooDeep: { defaultWarnHipFlexionDeg: 100, defaultAlertHipFlexionDeg: 115, alertPastSafeDepthDeg: 10 },
  kneeLockout: { warnKneeDeg: 178, alertKneeDeg: 185, minHoldS: 0.2 },
  fastEccentric: { targetS: 2, warnBelowS: 1.0, alertBelowS: 0.6 },
  bounce: { maxDwellS: 0.1, minArrivalSpeedRatio: 0.5 },
  heelLift: { warnDeg: 10, alertDeg: 20 },
  headLift: { warnThighs: 0.15, alertThighs: 0.3 },
  kneeValgus: { warnFppaDeg: 10, alertFppaDeg: 15 },
  shallowRep: { minFractionOfSetDepth: 0.6, maxBottomKneeDeg: 130 },
  velocityLoss: { warnPercent: 20, alertPercent: 30 },
  loadTooHeavy: { minLateFaultRepsIncrease: 0.5, minReps: 4 },
  minJointConfidence: 0.3,
};

export const FAULTS_SOURCES: SourcesOf<FaultsConfig> = {
  pelvicTuck: {
    warnThighs: 'evidence.md §2: pelvis-lift warn > 0.08 x thigh length [conv]',
    alertThighs: 'evidence.md §2: alert > 0.15 x thigh length [conv]',
    trunkRotationWarnDeg: 'evidence.md §2: second signal, shoulder-hip line rotating > 8 deg [conv]',
    minConsecutiveFrames: 'evidence.md §2: >= 3 consecutive frames near bottom [conv]',
  },
  tooDeep: {
    defaultWarnHipFlexionDeg: 'evidence.md §1: cue > 100 deg hip flexion [conv]',
    defaultAlertHipFlexionDeg: 'evidence.md §1: alert > 115 deg [conv]',
    alertPastSafeDepthDeg: CONV,
  },
  kneeLockout: {
    warnKneeDeg: 'evidence.md §4: knee >= 178 deg held at top -> soften knees [conv]',
    alertKneeDeg: 'evidence.md §4: recurvatum > 5 deg hyperextension',
    minHoldS: CONV,
  },
  fastEccentric: {
    targetS: 'evidence.md §3: eccentric target ~2 s (ACSM 2009: 1-2 s)',
    warnBelowS: 'evidence.md §3: "too fast" < 1.0 s [conv]',
    alertBelowS: CONV,
  },
  bounce: { maxDwellS: CONV, minArrivalSpeedRatio: CONV },
  heelLift: { warnDeg: CONV, alertDeg: CONV },
  headLift: { warnThighs: CONV, alertThighs: CONV },
  kneeValgus: {
    warnFppaDeg: 'evidence.md §4: valgus cue FPPA > 10 deg (controls ~7, PFP 10-15) [conv]',
    alertFppaDeg: 'evidence.md §4: alert FPPA > 15 deg [conv]',
  },
  shallowRep: {
    minFractionOfSetDepth: CONV,
    maxBottomKneeDeg:
      'evidence.md §1: knee flexion target 90-100 deg; 130 deg interior = 50 deg flexion [conv]',
  },
  velocityLoss: {
    warnPercent: 'evidence.md §3: VL cue 20% (Pareja-Blanco 2017)',
    alertPercent: 'evidence.md §3: stop at 30%',
  },
  loadTooHeavy: { minLateFaultRepsIncrease: CONV, minReps: CONV },
  minJointConfidence: 'anchors.md: keypoints < 0.3 unreliable (Sports2D)',
};
