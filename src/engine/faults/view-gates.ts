import type { FaultContext, FaultDetection, FaultFinding, FaultId, Severity, ViewProblem } from './types.js';

const REFILM = 'film from straight side-on, level with your hips';

/** What the view gates read: the view and the config (live coaching asks them without a whole fault context). */
export type ViewGateContext = Pick<FaultContext, 'view' | 'config'>;

/** The knee bends both ways in this view (view/knee-bend.ts): the leg is not seen side-on, or the legs are mixed. */
function kneeFlips(ctx: ViewGateContext): boolean {
  const f = ctx.view.kneeBendFlipFraction;
  return f !== undefined && f > ctx.config.view.maxKneeBendFlipFraction;
}

function kneeFlipsReason(ctx: ViewGateContext, checks: string): ViewProblem {
  const pct = Math.round(100 * (ctx.view.kneeBendFlipFraction ?? 0));
  return {
    reason:
      `Your knee reads as bending the wrong way in ${pct}% of the frames where it is bent, which happens when the ` +
      `camera is behind or in front of you (or your far leg is taken for the near one), so ${checks} cannot be ` +
      `judged; ${REFILM}.`,
    code: 'knee_bends_both_ways',
    params: { flipPercent: pct },
  };
}

/**
 * Why a side-view fault cannot be judged from this camera view, or null when the view is side-on enough.
 * Angles and distances in the image plane are only valid for motion in that plane (evidence.md §2). A fault
 * may also ask a 3D-aware model's depth to show a view closer to side-on (`maxDepthYawDeg`).
 */
export function sideViewProblem(
  ctx: ViewGateContext,
  checks: string,
  maxDepthYawDeg?: number,
): ViewProblem | null {
  const { view } = ctx;
  if (view.view === 'front') {
    return {
      reason: `The camera faces you or is behind you, so ${checks} cannot be judged; film from the side, level with your hips.`,
      code: 'camera_front',
    };
  }
  if (view.view === 'unknown' && !Number.isFinite(view.yawDeg)) return unrecognised(checks);
  if (!(view.yawDeg <= ctx.config.view.maxSideYawDeg)) {
    const finite = Number.isFinite(view.yawDeg);
    const yaw = finite ? `about ${Math.round(view.yawDeg)} degrees` : 'too far';
    return {
      reason: `The camera is ${yaw} off side-on (behind or in front of you), so ${checks} cannot be judged; ${REFILM}.`,
      code: 'camera_off_side_on',
      params: finite ? { yawDeg: Math.round(view.yawDeg) } : {},
    };
  }
  if (kneeFlips(ctx)) return kneeFlipsReason(ctx, checks);
  if (view.view === 'oblique') {
    return {
      reason: `The camera is off side-on (behind or in front of you), so ${checks} cannot be judged; ${REFILM}.`,
      code: 'camera_oblique',
    };
  }
  const depthYawDeg = view.depthYawDeg;
  if (maxDepthYawDeg !== undefined && depthYawDeg !== undefined && depthYawDeg > maxDepthYawDeg) {
    return {
      reason:
        `The camera is about ${Math.round(depthYawDeg)} degrees off side-on, too far to tell ${checks} ` +
        'from where the pose model puts your hip; film from straight side-on.',
      code: 'depth_yaw_too_far',
      params: { depthYawDeg: Math.round(depthYawDeg) },
    };
  }
  return null;
}

function unrecognised(checks: string): ViewProblem {
  return {
    reason: `The camera view could not be recognised, so ${checks} cannot be judged; film from the side, level with your hips.`,
    code: 'view_unrecognised',
  };
}

/**
 * What each fault needs to see. `side`: angles or distances in the sagittal plane, judged only side-on
 * (detectors ask `sideViewProblem`). `timing`: when the legs bend and straighten, which survives a turned camera
 * (the knee angle's time course keeps its turning points while its size shrinks), so off side-on it is judged
 * from a consistent knee track, at most at `view.offSideTimingMaxSeverity`, and not at all from the front or
 * rear, or from a knee that bends both ways (that track makes short spurious reps). `front`: the knees' width,
 * judged only from the front (`frontViewProblem`).
 */
export type ViewNeed = 'side' | 'timing' | 'front';

export const FAULT_VIEW_NEEDS: Readonly<
  Record<FaultId, { readonly need: ViewNeed; readonly checks: string }>
> = {
  pelvic_tuck: { need: 'side', checks: 'whether your hips leave the seat pad' },
  too_deep: { need: 'side', checks: 'how deep your hips bend' },
  knee_lockout: { need: 'side', checks: 'whether your knees lock at the top' },
  fast_eccentric: { need: 'timing', checks: 'how fast you lower the sled' },
  // Judged against the peak lowering speed: a noisy oblique track's fast dips read as rebounds.
  bounce: { need: 'side', checks: 'whether you bounce out of the bottom' },
  heel_lift: { need: 'side', checks: 'whether your heels lift' },
  head_lift: { need: 'side', checks: 'whether your head comes off the pad' },
  knee_valgus: { need: 'front', checks: 'whether your knees cave in' },
  shallow_rep: { need: 'side', checks: 'how deep each rep goes' },
  velocity_loss: { need: 'side', checks: 'how much your pushing speed dropped' },
  // Off side-on its per-rep evidence is the lowering speed alone.
  load_too_heavy: { need: 'timing', checks: 'whether the load is too heavy' },
};

/** Why a timing fault cannot be judged from this view, or null when it can (perhaps at a capped severity). */
export function timingViewProblem(ctx: ViewGateContext, checks: string): ViewProblem | null {
  const { view } = ctx;
  if (view.view === 'front') {
    return {
      reason: `The camera faces you or is behind you, so ${checks} cannot be judged from how your knee moves; film from the side, level with your hips.`,
      code: 'camera_front',
    };
  }
  if (view.view === 'unknown' && !Number.isFinite(view.yawDeg)) return unrecognised(checks);
  if (kneeFlips(ctx)) return kneeFlipsReason(ctx, checks);
  return null;
}

/** The most severe call a fault may get from this view (it is assessable), or null for no limit. */
export function viewSeverityCap(ctx: ViewGateContext, id: FaultId): Severity | null {
  if (FAULT_VIEW_NEEDS[id].need !== 'timing') return null;
  const { view } = ctx;
  return view.view === 'side' && view.yawDeg <= ctx.config.view.maxSideYawDeg
    ? null
    : ctx.config.view.offSideTimingMaxSeverity;
}

/**
 * Why this view cannot show a side-view or timing fault, or null when it can: the question the detectors ask,
 * asked by the live cues too. Front-view faults need the whole set (`frontViewProblem`).
 */
export function sagittalViewProblem(ctx: ViewGateContext, id: FaultId): ViewProblem | null {
  const { need, checks } = FAULT_VIEW_NEEDS[id];
  if (need === 'side') return sideViewProblem(ctx, checks);
  if (need === 'timing') return timingViewProblem(ctx, checks);
  return { reason: `${checks} is judged from the front, not live`, code: 'judged_from_front' };
}

function problemFor(ctx: FaultContext, id: FaultId): ViewProblem | null {
  return FAULT_VIEW_NEEDS[id].need === 'front' ? frontViewProblem(ctx) : sagittalViewProblem(ctx, id);
}

const RANK: Readonly<Record<Severity, number>> = { info: 0, warn: 1, alert: 2 };

/**
 * Holds every finding to what its fault can see from this view (`FAULT_VIEW_NEEDS`): a fault the view cannot
 * show becomes not assessable with the filming reason (detectors usually say so themselves; this makes it hold
 * for all of them), and a timing fault judged off side-on is capped at `view.offSideTimingMaxSeverity`. So no
 * alert comes from a view that cannot judge the fault. Pure; returns a new detection.
 */
export function applyViewNeeds(ctx: FaultContext, detection: FaultDetection): FaultDetection {
  const blocked = new Map<FaultId, ViewProblem>();
  const alreadyNa = new Set(detection.notAssessable.map((na) => na.id));
  for (const id of new Set(detection.findings.map((f) => f.id))) {
    const problem = problemFor(ctx, id);
    if (problem !== null) blocked.set(id, problem);
  }
  // A timing fault judged clean from a view that cannot time it is not clean either.
  for (const id of Object.keys(FAULT_VIEW_NEEDS) as FaultId[]) {
    if (FAULT_VIEW_NEEDS[id].need !== 'timing' || alreadyNa.has(id) || blocked.has(id)) continue;
    const problem = timingViewProblem(ctx, FAULT_VIEW_NEEDS[id].checks);
    if (problem !== null) blocked.set(id, problem);
  }
  const capped = (f: FaultFinding): FaultFinding => {
    const cap = viewSeverityCap(ctx, f.id);
    return cap !== null && RANK[f.severity] > RANK[cap] ? { ...f, severity: cap } : f;
  };
  return {
    findings: detection.findings.filter((f) => !blocked.has(f.id)).map(capped),
    notAssessable: [
      ...detection.notAssessable,
      ...[...blocked].filter(([id]) => !alreadyNa.has(id)).map(([id, problem]) => ({ id, ...problem })),
    ],
    unassessedReps: detection.unassessedReps.filter((u) => !blocked.has(u.id)),
  };
}

const LEG = ['hip', 'knee', 'ankle'] as const;

/** The far-side leg joint seen least (present and scored at least `minScore`), with its share of frames. */
function leastSeenFarJoint(ctx: FaultContext, minScore: number): { joint: string; fraction: number } {
  let worst = { joint: 'hip', fraction: 1 };
  const n = ctx.track.tS.length;
  for (const joint of LEG) {
    const p = ctx.track.far[joint];
    let seen = 0;
    if (p !== undefined)
      for (let i = 0; i < n; i++) if (Number.isFinite(p.x[i]!) && p.score[i]! >= minScore) seen++;
    const fraction = n === 0 ? 0 : seen / n;
    if (fraction < worst.fraction) worst = { joint, fraction };
  }
  return worst;
}

/**
 * Why a front-view fault (knees caving in) cannot be judged, or null when the view shows the knees' width:
 * the camera must face the lifter and both legs must be seen, the far one with confident keypoints rather than
 * the model's guesses at a hidden leg. Not from an oblique camera: the frontal-plane projection angle is
 * measured with a frontal camera (evidence.md §4), and from the side of front a bent knee's forward offset
 * (~0.7 thigh at 90 deg) projects sideways by sin(yaw off front), reading as caving in (on the projected true
 * joints of rendered sets filmed 30 deg off side-on: FPPA 90-100 deg on every rep, 6 false calls).
 */
export function frontViewProblem(ctx: FaultContext): ViewProblem | null {
  const { view } = ctx;
  if (view.view === 'side') {
    return {
      reason: 'A side view cannot show knees caving in; film from the front to check',
      code: 'side_view_no_width',
    };
  }
  if (view.view === 'oblique') {
    return {
      reason:
        'From an oblique camera a bent knee looks like it caves in, so this cannot be judged; film from the front to check',
      code: 'oblique_looks_caving',
    };
  }
  if (view.view !== 'front') {
    return {
      reason:
        'The camera view could not be recognised, so knees caving in cannot be judged; film from the front to check',
      code: 'view_unrecognised',
    };
  }
  const far = leastSeenFarJoint(ctx, ctx.config.faults.minJointConfidence);
  if (far.fraction < ctx.config.view.minJointValidFraction) {
    const seenPercent = Math.round(100 * far.fraction);
    return {
      reason:
        `Your far-side ${far.joint} is clearly seen in only ${seenPercent}% of frames, so knees ` +
        'caving in cannot be judged; film from the front with both legs in view',
      code: 'far_leg_unseen',
      params: { joint: far.joint, seenPercent },
    };
  }
  return null;
}
