/**
 * The set's timeline: setup, reps (eccentric, bottom pause, concentric, top pause) and re-rack as a list of
 * segments, and the lifter's configuration at any time. Thigh angle is the driven variable; the pelvis,
 * heel and head follow it through the rep's fault parameters.
 */
import { lastFrameAtOrBefore } from '../engine/index.js';
import type { LegPressModel, ModelState } from './leg-press-model.js';
import type { RepParams, SetParams } from './types.js';

type Profile = 'ease' | 'bounceIn' | 'bounceOut';
export type Phase = 'setup' | 'eccentric' | 'bottom' | 'concentric' | 'top' | 'rerack';

export interface Segment {
  readonly t0S: number;
  readonly t1S: number;
  readonly phase: Phase;
  readonly thigh0Deg: number;
  readonly thigh1Deg: number;
  readonly profile: Profile;
  /** Rep whose fault parameters apply (0-based), or -1 for setup/re-rack movements. */
  readonly rep: number;
}

/** Where each rep starts, reaches the bottom and ends, in seconds, from the timeline. */
export interface RepTiming {
  readonly startS: number;
  readonly bottomS: number;
  readonly endS: number;
  /** Start of the next descent (or of the re-rack / end of the set): the top that ends this rep lasts until then. */
  readonly topEndS: number;
}

export interface Timeline {
  readonly segments: readonly Segment[];
  readonly durationS: number;
  readonly reps: readonly RepTiming[];
  stateAt(tS: number): ModelState;
}

function profileAt(profile: Profile, x: number): number {
  const c = Math.min(1, Math.max(0, x));
  switch (profile) {
    case 'ease':
      return 0.5 - 0.5 * Math.cos(Math.PI * c);
    case 'bounceIn':
      // Constant acceleration: the sled is still speeding up when it hits the bottom.
      return c * c;
    case 'bounceOut':
      // The rebound: leaves the bottom at full speed and slows towards the top.
      return 1 - (1 - c) * (1 - c);
  }
}

function smoothstep(x: number): number {
  const c = Math.min(1, Math.max(0, x));
  return c * c * (3 - 2 * c);
}

/** Setup: the sled rests on its stops this much short of the top (knee angle) before the unrack push. */
const RACKED_KNEE_DEG = 150;

export function buildTimeline(model: LegPressModel, params: SetParams): Timeline {
  const reps = params.reps;
  if (reps.length === 0 && !params.setupAndRerack)
    throw new Error('simulateSet: a set needs reps or a setup');
  const segments: Segment[] = [];
  const timings: RepTiming[] = [];
  let t = 0;
  const push = (
    durS: number,
    phase: Phase,
    thigh0Deg: number,
    thigh1Deg: number,
    rep: number,
    profile: Profile = 'ease',
  ): void => {
    if (durS <= 0) return;
    segments.push({ t0S: t, t1S: t + durS, phase, thigh0Deg, thigh1Deg, profile, rep });
    t += durS;
  };
  const topThigh = (r: RepParams): number => model.thighDegForKnee(r.lockoutKneeDeg);
  // The sled cannot travel past the point where the shins are parallel to the plate.
  const bottomThigh = (r: RepParams): number =>
    Math.min(model.thighDegForHipFlexion(r.bottomHipFlexionDeg), model.maxThighDeg - 0.5);
  const racked = model.thighDegForKnee(RACKED_KNEE_DEG);
  const first = reps[0];
  const firstTop = first ? topThigh(first) : racked;

  if (params.startAtBottom && first) {
    push(0.6, 'bottom', bottomThigh(first), bottomThigh(first), -1);
    push(first.concentricS, 'concentric', bottomThigh(first), firstTop, -1);
    push(0.6, 'top', firstTop, firstTop, -1);
  } else if (params.setupAndRerack) {
    push(0.8, 'setup', racked, racked, -1);
    push(1.0, 'setup', racked, firstTop, -1);
    push(0.7, 'top', firstTop, firstTop, -1);
  } else {
    push(0.6, 'top', firstTop, firstTop, -1);
  }

  // Sled travel of each rep, so a deeper or shallower push keeps the same speed (only fatigue slows it).
  const travelM = reps.map((r) => {
    const bottomState = {
      thighDeg: bottomThigh(r),
      tuckThighs: model.nominalHipFlexionDeg(bottomThigh(r)) > r.tuckOnsetHipFlexionDeg ? r.tuckMaxThighs : 0,
      heelLiftDeg: r.heelLiftDeg,
      headLiftDeg: 0,
    };
    const topState = { thighDeg: topThigh(r), tuckThighs: 0, heelLiftDeg: 0, headLiftDeg: 0 };
    return Math.max(model.corePose(bottomState).sledTravelM - model.corePose(topState).sledTravelM, 1e-3);
  });
  const typicalTravelM = [...travelM].sort((a, b) => a - b)[Math.floor(travelM.length / 2)] ?? 1;

  let prevTop = firstTop;
  const n = reps.length;
  reps.forEach((r, i) => {
    const slow = 1 - params.velocityLossFraction * (n > 1 ? i / (n - 1) : 0);
    const concentricS = (r.concentricS * (travelM[i]! / typicalTravelM)) / Math.max(slow, 0.1);
    const bottom = bottomThigh(r);
    const top = topThigh(r);
    const startS = t;
    push(r.eccentricS, 'eccentric', prevTop, bottom, i, r.bounce ? 'bounceIn' : 'ease');
    const pause = r.bounce ? 0 : r.bottomPauseS;
    const bottomS = t + pause / 2;
    push(pause, 'bottom', bottom, bottom, i);
    push(concentricS, 'concentric', bottom, top, i, r.bounce ? 'bounceOut' : 'ease');
    const endS = t;
    push(r.topPauseS, 'top', top, top, i);
    timings.push({ startS, bottomS, endS, topEndS: t });
    prevTop = top;
  });

  if (params.setupAndRerack) {
    push(1.0, 'rerack', prevTop, racked, -1);
    push(0.8, 'rerack', racked, racked, -1);
  } else {
    push(0.6, 'top', prevTop, prevTop, -1);
  }

  const alpha = model.machine.seatBackDeg;
  const segmentStartsS = Float64Array.from(segments, (s) => s.t0S);
  const stateAt = (tS: number): ModelState => {
    const seg = segments[Math.max(0, lastFrameAtOrBefore(segmentStartsS, tS))]!;
    const x = (tS - seg.t0S) / (seg.t1S - seg.t0S);
    const thighDeg = seg.thigh0Deg + (seg.thigh1Deg - seg.thigh0Deg) * profileAt(seg.profile, x);
    const r = seg.rep >= 0 ? reps[seg.rep] : undefined;
    if (!r) return { thighDeg, tuckThighs: 0, heelLiftDeg: 0, headLiftDeg: 0 };
    const top =
      seg.phase === 'eccentric' ? seg.thigh0Deg : seg.phase === 'bottom' ? seg.thigh0Deg : seg.thigh1Deg;
    const bottom = bottomThigh(r);
    // Depth progress through the rep: 0 at the top, 1 at the bottom.
    const q =
      seg.phase === 'bottom'
        ? 1
        : bottom === top
          ? 0
          : Math.min(1, Math.max(0, (thighDeg - top) / (bottom - top)));
    const hipFlexionNominal = alpha + thighDeg;
    const tuckRange = alpha + bottom - r.tuckOnsetHipFlexionDeg;
    const tuckThighs =
      tuckRange > 0
        ? r.tuckMaxThighs * smoothstep((hipFlexionNominal - r.tuckOnsetHipFlexionDeg) / tuckRange)
        : 0;
    return {
      thighDeg,
      tuckThighs,
      heelLiftDeg: r.heelLiftDeg * smoothstep((q - 0.5) / 0.5),
      headLiftDeg: r.headLiftDeg * smoothstep((q - 0.4) / 0.6),
    };
  };
  return { segments, durationS: t, reps: timings, stateAt };
}
