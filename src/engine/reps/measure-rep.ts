import type { RepsConfig } from '../config/reps-config.js';
import type { Kinematics } from '../kinematics/types.js';
import {
  crossingAfter,
  crossingBefore,
  firstAtLeast,
  firstAtMost,
  frameNear,
  lastAtLeast,
  lastAtMost,
  maxFinite,
} from './phase-edges.js';
import type { Rep } from './types.js';

/** A candidate movement between two tops: the frames of the two top turning points and of the deepest point. */
export interface RepCandidate {
  readonly topBeforeFrame: number;
  readonly bottomFrame: number;
  readonly topAfterFrame: number;
}

/**
 * Times and measures of one rep between two tops. Each phase edge (leaving the top, arriving at the bottom,
 * leaving it, reaching the top again) is found where the knee crosses `phaseEdgeFraction` of the range from the
 * turning point, then extrapolated back to where the movement truly began using the crossing at
 * `phaseFitFraction`: smooth movement leaves a turning point quadratically, so distance ~ time^2 and the two
 * crossings fix the start. Pauses at the top and bottom therefore count as neither lowering nor pushing time.
 * Bottom dwell is the time within `bottomBandDeg` of the deepest angle. `startS`/`endS` are these (sub-frame)
 * times; `startFrame`/`endFrame` are the nearest frames.
 */
export function measureRep(k: Kinematics, c: RepCandidate, index: number, config: RepsConfig): Rep {
  const knee = k.kneeDeg;
  const t = k.tS;
  const { topBeforeFrame: top0, bottomFrame: bottom, topAfterFrame: top1 } = c;
  const kneeMin = knee[bottom]!;
  const topBefore = knee[top0]!;
  const topAfter = knee[top1]!;
  const rangeDown = topBefore - kneeMin;
  const rangeUp = topAfter - kneeMin;
  const f1 = config.phaseEdgeFraction;
  const f2 = config.phaseFitFraction;
  // Quadratic onset: t_edge - t_0 : t_fit - t_0 = sqrt(f1) : sqrt(f2).
  const back = Math.sqrt(f1) / (Math.sqrt(f2) - Math.sqrt(f1));
  const clamp = (v: number, lo: number, hi: number): number => Math.min(Math.max(v, lo), hi);

  // Leaving the top.
  const s1 = lastAtLeast(knee, top0, bottom, topBefore - f1 * rangeDown);
  const s2 = firstAtMost(knee, s1, bottom, topBefore - f2 * rangeDown);
  const ts1 = crossingAfter(knee, t, s1, topBefore - f1 * rangeDown);
  const ts2 = s2 < 0 ? ts1 : crossingBefore(knee, t, s2, topBefore - f2 * rangeDown);
  const startS = clamp(ts1 - (ts2 - ts1) * back, t[top0]!, ts1);
  // Reaching the top again.
  const e1 = firstAtLeast(knee, bottom, top1, topAfter - f1 * rangeUp);
  const e2 = lastAtMost(knee, bottom, e1, topAfter - f2 * rangeUp);
  const te1 = crossingBefore(knee, t, e1, topAfter - f1 * rangeUp);
  const te2 = e2 < 0 ? te1 : crossingAfter(knee, t, e2, topAfter - f2 * rangeUp);
  const endS = clamp(te1 + (te1 - te2) * back, te1, t[top1]!);
  // Arriving at the bottom.
  const a1 = firstAtMost(knee, s1, bottom, kneeMin + f1 * rangeDown);
  const a2 = lastAtLeast(knee, s1, a1, kneeMin + f2 * rangeDown);
  const ta1 = crossingBefore(knee, t, a1, kneeMin + f1 * rangeDown);
  const ta2 = a2 < 0 ? ta1 : crossingAfter(knee, t, a2, kneeMin + f2 * rangeDown);
  const arriveS = clamp(ta1 + (ta1 - ta2) * back, ta1, t[bottom]!);
  // Leaving the bottom.
  const l1 = lastAtMost(knee, bottom, e1, kneeMin + f1 * rangeUp);
  const l2 = firstAtLeast(knee, l1, e1, kneeMin + f2 * rangeUp);
  const tl1 = crossingAfter(knee, t, l1, kneeMin + f1 * rangeUp);
  const tl2 = l2 < 0 ? tl1 : crossingBefore(knee, t, l2, kneeMin + f2 * rangeUp);
  const leaveS = clamp(tl1 - (tl2 - tl1) * back, t[bottom]!, tl1);
  // Dwell within the bottom band.
  const band = kneeMin + config.bottomBandDeg;
  const d0 = firstAtMost(knee, s1, bottom, band);
  const d1 = lastAtMost(knee, bottom, e1, band);
  const bottomDwellS = crossingAfter(knee, t, d1, band) - crossingBefore(knee, t, d0, band);

  const startFrame = frameNear(t, top0, s1, startS);
  const endFrame = frameNear(t, e1, top1, endS);
  const leaveFrame = frameNear(t, bottom, l1, leaveS);

  // Pushing speed is the negative of sled velocity (positive = lowering).
  let peak = Number.NaN;
  let sum = 0;
  let count = 0;
  for (let i = leaveFrame; i <= endFrame; i++) {
    const v = -k.sledVelocityShanksPerS[i]!;
    if (!Number.isFinite(v)) continue;
    if (!(v <= peak)) peak = v;
    sum += v;
    count++;
  }
  const concentricS = endS - leaveS;
  const pushed = k.sledTravelShanks[leaveFrame]! - k.sledTravelShanks[endFrame]!;
  const pushS = t[endFrame]! - t[leaveFrame]!;
  // Mean speed is distance over time when both ends are seen; else the mean of the seen velocities.
  const meanSpeed =
    Number.isFinite(pushed) && pushS > 0 ? pushed / pushS : count > 0 ? sum / count : Number.NaN;

  return {
    index,
    startFrame,
    bottomFrame: bottom,
    endFrame,
    startS,
    bottomS: t[bottom]!,
    endS,
    eccentricS: arriveS - startS,
    concentricS,
    bottomDwellS,
    kneeMinDeg: kneeMin,
    kneeTopDeg: Math.max(topBefore, topAfter),
    hipFlexionMaxDeg: maxFinite(k.hipFlexionDeg, startFrame, endFrame),
    sledTravelMaxShanks: maxFinite(k.sledTravelShanks, startFrame, endFrame),
    concentricPeakVelocityShanksPerS: peak,
    concentricMeanVelocityShanksPerS: meanSpeed,
  };
}
