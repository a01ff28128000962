import { CONV, type SourcesOf } from './sources.js';

export interface FaultsConfig {
  readonly pelvicTuck: {
    /** Hip departure from the pad line (or slide along it), thigh lengths. */
    readonly warnThighs: number;
    readonly alertThighs: number;
    /** Second signal: shoulder-hip line rotating away from the pad line. */
    readonly trunkRotationWarnDeg: number;
    readonly minConsecutiveFrames: number;
    /** Confidence is scaled by this when the trunk line does not confirm the hip signal. */
    readonly unconfirmedConfidenceFactor: number;
    /** Not judged when this many standard deviations of hip keypoint error reach the warn lift. */
    readonly uncertaintyCoverageSd: number;
    /**
     * With a 3D-aware model, judged only when its depth shows the camera at most this far off side-on
     * (stricter than the angle faults' `view.maxSideYawDeg`).
     */
    readonly maxDepthYawDeg: number;
  };
  readonly tooDeep: {
    /** Default hip flexion limits when no personal safe depth is known. */
    readonly defaultWarnHipFlexionDeg: number;
    readonly defaultAlertHipFlexionDeg: number;
    /**
     * Severity of a rep past the default limits while no personal safe depth is known: a note, because the
     * default is a general guide and ordinary reps of real lifters pass it.
     */
    readonly defaultSeverity: 'info' | 'warn';
    /** With a personal safe depth: alert when this many degrees past it. */
    readonly alertPastSafeDepthDeg: number;
  };
  readonly kneeLockout: {
    readonly warnKneeDeg: number;
    /** Hyperextension past straight that counts as recurvatum. */
    readonly alertKneeDeg: number;
    readonly minHoldS: number;
    /** After the last rep there is no next descent: look this long past its end for a locked hold. */
    readonly lastRepTopWindowS: number;
    /**
     * How far below the warn angle a soft (unlocked) knee sits at the top. When keypoint noise could move the
     * knee angle across this gap, a soft knee cannot be told from a locked one and lockout is not assessable.
     */
    readonly softKneeGapDeg: number;
    /** The keypoint noise band is this many standard deviations of the knee-angle uncertainty. */
    readonly uncertaintyCoverageSd: number;
    /**
     * Per pose model, the lowest reading it gives a real person's straight (locked) knee, degrees. Real knees read
     * well short of straight (the model marks the kneecap and the shoe, not the joint centres), so a top held
     * between this and `warnKneeDeg` could be soft or locked: that rep is not judged rather than called clean.
     * Models not listed (MoveNet Lightning: not measured on real knees) are trusted up to `warnKneeDeg`.
     */
    readonly realStraightReadsFromDeg: {
      readonly 'blazepose-full': number;
      readonly 'blazepose-heavy': number;
      readonly 'movenet-thunder': number;
    };
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
    /** Arrival ratio at which the bounce is an alert (no braking at all). */
    readonly alertArrivalSpeedRatio: number;
    /** "Just before the bottom": the lowering speed is read this long before the bottom frame. */
    readonly arrivalWindowS: number;
    /**
     * A bounce moves through the bottom: both the arrival and the leaving speed (over `arrivalWindowS`) are at
     * least this fraction of the peak lowering speed; their mean is judged against `minArrivalSpeedRatio`.
     */
    readonly minReboundSpeedRatio: number;
  };
  readonly heelLift: {
    readonly warnDeg: number;
    readonly alertDeg: number;
    /** Heel lift is not judged when this many standard deviations of keypoint noise reach the warn angle. */
    readonly uncertaintyCoverageSd: number;
    /**
     * Heel lift is not judged when the toe strays off the sled axis far enough to turn the foot line by this
     * fraction of the warn angle on its own (kinematics `toeDriftDeg`): the toe is then not on the platform.
     */
    readonly maxToeDriftFractionOfWarn: number;
    /**
     * Heel lift is judged only when the measured foot (heel to toe point) is this many shank lengths long: a foot
     * much shorter or longer than a real one is a shoe the pose model cannot make out (or a foot seen end-on).
     */
    readonly minFootToShank: number;
    readonly maxFootToShank: number;
  };
  readonly headLift: { readonly warnThighs: number; readonly alertThighs: number };
  readonly kneeValgus: { readonly warnFppaDeg: number; readonly alertFppaDeg: number };
  readonly shallowRep: {
    /** A rep whose knee bend is less than this fraction of the set's deepest rep is partial. */
    readonly minFractionOfSetDepth: number;
    /** Knee angle above which a rep is partial regardless of the set (knee flexion target 90-100). */
    readonly maxBottomKneeDeg: number;
  };
  readonly velocityLoss: {
    readonly warnPercent: number;
    readonly alertPercent: number;
    /** Fewer reps than this cannot show a trend. */
    readonly minReps: number;
    /** The early (fresh) speed is the median of this many first full-range reps. */
    readonly earlyReps: number;
    /** The speed at the end of the set is the mean of this many last reps. */
    readonly lateReps: number;
    /**
     * A rep whose measured push speed is more than this many times the set's median rep speed (or less than its
     * inverse) is a measurement failure (keypoint outliers in the push), not fatigue, and is left out.
     */
    readonly maxSpeedRatioToMedian: number;
  };
  readonly loadTooHeavy: {
    /**
     * Increase of mean per-rep form badness (0 clean, 0.5 worst fault a warning, 1 an alert) from the early
     * half of the set to the late half that signals the load is too heavy: faults appearing or growing.
     */
    readonly minLateFaultRepsIncrease: number;
    readonly minReps: number;
  };
  /** Joints below this mean confidence make a fault not assessable. */
  readonly minJointConfidence: number;
  /** A threshold must be exceeded for this many consecutive frames (one noisy frame is not a fault). */
  readonly minConsecutiveFrames: number;
  /** ...and for at least this long, whatever the frame rate (a noise excursion after smoothing is shorter). */
  readonly minSustainS: number;
  /** "Near the bottom": frames where the knee has bent at least this fraction of the rep's range. */
  readonly nearBottomRangeFraction: number;
  /** A rep without a finding counts as checked only if this fraction of its needed frames shows the joints. */
  readonly minCoveredFraction: number;
  /** Single-threshold faults reach full margin confidence this fraction of the threshold past it. */
  readonly fullConfidenceMarginFraction: number;
}

export const FAULTS_DEFAULTS: FaultsConfig = {
  pelvicTuck: {
    warnThighs: 0.08,
    alertThighs: 0.15,
    trunkRotationWarnDeg: 8,
    minConsecutiveFrames: 3,
    unconfirmedConfidenceFactor: 0.8,
    uncertaintyCoverageSd: 2,
    maxDepthYawDeg: 12,
  },
  tooDeep: {
    defaultWarnHipFlexionDeg: 100,
    defaultAlertHipFlexionDeg: 115,
    defaultSeverity: 'info',
    alertPastSafeDepthDeg: 10,
  },
  kneeLockout: {
    warnKneeDeg: 178,
    alertKneeDeg: 185,
    minHoldS: 0.2,
    lastRepTopWindowS: 1,
    softKneeGapDeg: 8,
    uncertaintyCoverageSd: 2,
    realStraightReadsFromDeg: { 'blazepose-full': 156, 'blazepose-heavy': 153, 'movenet-thunder': 162 },
  },
  fastEccentric: { targetS: 2, warnBelowS: 1.0, alertBelowS: 0.6 },
  bounce: {
    maxDwellS: 0.25,
    minArrivalSpeedRatio: 0.5,
    alertArrivalSpeedRatio: 0.8,
    arrivalWindowS: 0.1,
    minReboundSpeedRatio: 0.25,
  },
  heelLift: {
    warnDeg: 10,
    alertDeg: 20,
    uncertaintyCoverageSd: 2,
    maxToeDriftFractionOfWarn: 1,
    minFootToShank: 0.35,
    maxFootToShank: 0.9,
  },
  headLift: { warnThighs: 0.15, alertThighs: 0.3 },
  kneeValgus: { warnFppaDeg: 10, alertFppaDeg: 15 },
  shallowRep: { minFractionOfSetDepth: 0.6, maxBottomKneeDeg: 130 },
  velocityLoss: {
    warnPercent: 20,
    alertPercent: 30,
    minReps: 3,
    earlyReps: 3,
    lateReps: 2,
    maxSpeedRatioToMedian: 2,
  },
  loadTooHeavy: { minLateFaultRepsIncrease: 0.5, minReps: 4 },
  minJointConfidence: 0.3,
  minConsecutiveFrames: 3,
  minSustainS: 0.2,
  nearBottomRangeFraction: 0.7,
  minCoveredFraction: 0.5,
  fullConfidenceMarginFraction: 0.2,
};

export const FAULTS_SOURCES: SourcesOf<FaultsConfig> = {
  pelvicTuck: {
    warnThighs: 'evidence.md §2: pelvis-lift warn > 0.08 x thigh length [conv]',
    alertThighs: 'evidence.md §2: alert > 0.15 x thigh length [conv]',
    trunkRotationWarnDeg: 'evidence.md §2: second signal, shoulder-hip line rotating > 8 deg [conv]',
    minConsecutiveFrames: 'evidence.md §2: >= 3 consecutive frames near bottom [conv]',
    unconfirmedConfidenceFactor: CONV,
    uncertaintyCoverageSd:
      '[conv] as heel_lift and knee_lockout: a 2 SD band of hip keypoint error must stay below the warn lift, ' +
      'or a seated hip reads as lifted',
    maxDepthYawDeg:
      '[measured, rendered suite, docs/accuracy.md] BlazePose full on clean sets filmed 15-30 deg off side-on: ' +
      'its hip point slides or lifts ~0.10 thigh with hip flexion (past the 0.08 warn lift): 26 false tucks. ' +
      'Its depth reads side-on renders at 2.3-10.7 deg (36 suite sets, the two fixture clips, a 1080p render) ' +
      'and 30 deg sets at 12.5-30; 12 sits between (10 and 12 give the same suite counts). Geometry alone ' +
      'would allow 20 (view.maxSideYawDeg); the hip point does not. 2D models: not measured off side-on',
  },
  tooDeep: {
    defaultWarnHipFlexionDeg: 'evidence.md §1: cue > 100 deg hip flexion [conv]',
    defaultAlertHipFlexionDeg: 'evidence.md §1: alert > 115 deg [conv]',
    defaultSeverity:
      '[measured, real footage, docs/accuracy.md] ordinary real reps read 116-135 deg (a ~90 deg knee on an ' +
      'upright sled or a seated machine) against 131-146 for knees at the chest: past 100-115 is no fault in ' +
      'itself. evidence.md §1: better a per-user limit where the pelvis starts to lift (calibration)',
    alertPastSafeDepthDeg: CONV,
  },
  kneeLockout: {
    warnKneeDeg: 'evidence.md §4: knee >= 178 deg held at top -> soften knees [conv]',
    alertKneeDeg: 'evidence.md §4: recurvatum > 5 deg hyperextension',
    minHoldS: CONV,
    lastRepTopWindowS: '[conv] about one top pause before the sled is re-racked',
    softKneeGapDeg:
      '[conv] "soften the knees" = a slight bend, ~10 deg short of straight (170 deg) vs the 178 deg warn ' +
      '(evidence.md §4)',
    uncertaintyCoverageSd: '[conv] two standard deviations: ~95% of normally distributed keypoint errors',
    realStraightReadsFromDeg: {
      'blazepose-full':
        '[measured, real footage, docs/accuracy.md] a held lockout (realset apurvo, oblique-rear) reads 156-167; ' +
        'straight knees of side-view lifters outside the set 157-165 (issue 11); soft tops read 144-164 (realset ' +
        'seanward), so the two overlap',
      'blazepose-heavy':
        '[measured, real footage, docs/accuracy.md] the held lockout reads 153-162; straight knees outside the ' +
        'set 172-176 (issue 11); soft tops 139-179',
      'movenet-thunder':
        '[measured, real footage, docs/accuracy.md] the held lockout reads 162-167; straight knees outside the ' +
        'set 166-170 (issue 11); soft tops 132-164',
    },
  },
  fastEccentric: {
    targetS: 'evidence.md §3: eccentric target ~2 s (ACSM 2009: 1-2 s)',
    warnBelowS: 'evidence.md §3: "too fast" < 1.0 s [conv]',
    alertBelowS: CONV,
  },
  bounce: {
    maxDwellS:
      '[conv] a braked turn spends >= ~0.5 s within the 5 deg bottom band (cosine, 2 s descent); a rebound ' +
      '0.1-0.2 s (simulated bounces measured 0.10-0.17 s)',
    minArrivalSpeedRatio: CONV,
    alertArrivalSpeedRatio: CONV,
    arrivalWindowS: '[conv] ~3 frames at 30 fps, inside the braking phase of a controlled rep',
    minReboundSpeedRatio:
      '[conv] half of minArrivalSpeedRatio: the sled must visibly move on both sides of the bottom; a paused ' +
      'rep arrives and leaves at ~0 within 0.1 s of its bottom frame',
  },
  heelLift: {
    warnDeg: CONV,
    alertDeg: CONV,
    uncertaintyCoverageSd:
      '[conv] as knee_lockout: a 2 SD noise band must stay below the warn angle, or flat feet read as lifted',
    maxToeDriftFractionOfWarn:
      '[conv] geometry (kinematics/toe-drift.ts): a toe straying off the sled axis by asin-1(warn) foot lengths ' +
      'alone turns the foot line by the warn angle, so every flat-footed rep would read as a lift. Measured: ' +
      'projected rendered truth <= 3.4 deg, simulated high-noise sets <= 5.2, BlazePose full on rendered shoes 38-50',
    minFootToShank:
      '[conv] anthropometry (Winter 2009: foot 0.152 H, shank 0.246 H): a foot is ~0.62 shank long; BlazePose reads ' +
      'real side-on shoes at 0.44-0.57 (realset side clips, full and heavy); under 0.35 the foot is collapsed or ' +
      'seen end-on (rear and front cameras read 0.2-0.4)',
    maxFootToShank:
      '[conv] ~1.4x a real foot: stretched past any shoe (an oblique-rear real clip read 1.42 with full)',
  },
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
    minReps: '[conv] a trend needs a best early rep and a later rep to compare',
    earlyReps:
      'evidence.md §3: VL from the first, fastest reps (Sanchez-Medina 2011); median of 3 against video noise [conv]',
    lateReps: '[conv] mean of the last reps, so one slow rep is not the whole verdict',
    maxSpeedRatioToMedian:
      '[conv] even a 50% velocity loss (past the 30-40% of sets to failure, Pareja-Blanco 2017) puts the first ' +
      'rep at ~1.4x the median rep; a 2x rep is a keypoint outlier (simulated 15 fps set: one push read 6.1 ' +
      'shank lengths/s against 0.65-0.73)',
  },
  loadTooHeavy: { minLateFaultRepsIncrease: CONV, minReps: CONV },
  minJointConfidence: 'anchors.md: keypoints < 0.3 unreliable (Sports2D)',
  minConsecutiveFrames: 'evidence.md §2: >= 3 consecutive frames [conv]',
  minSustainS:
    '[conv] about twice the correlation time of keypoint noise after 6 Hz smoothing; on 44 simulated ' +
    'high-noise sets it cut false pelvic_tuck 25 -> 0, heel_lift 39 -> 0, too_deep 2 -> 0, none missed',
  nearBottomRangeFraction: CONV,
  minCoveredFraction: '[conv] never call a rep clean when most of it was not seen',
  fullConfidenceMarginFraction: CONV,
};
