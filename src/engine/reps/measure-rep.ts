import type { RepsConfig } from '../config/reps-config.js';
import { medianFinite } from '../core/series/median.js';
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
import { bottomDwellS } from './bottom-dwell.js';
import { concentricMidSpeed } from './concentric-speed.js';
import { extrapolatedTurnS } from './phase-onset.js';
import type { Rep } from './types.js';

function span(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}

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
 * Bottom dwell: see `bottomDwellS` (the band around the deepest angle, or the steady stretch there if longer). `startS`/`endS` are these (sub-frame)
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
  const clamp = (v: number, lo: number, hi: number): number => Math.min(Math.max(v, lo), hi);

  // Rough edges: the frames where the knee is `f1` of the range from each turning point.
  const s1 = lastAtLeast(knee, top0, bottom, topBefore - f1 * rangeDown);
  const e1 = firstAtLeast(knee, bottom, top1, topAfter - f1 * rangeUp);
  const a1 = firstAtMost(knee, s1, bottom, kneeMin + f1 * rangeDown);
  const l1 = lastAtMost(knee, bottom, e1, kneeMin + f1 * rangeUp);
  // Plateau levels (medians, so a noise spike at a turning point does not set them).
  const top0Level = medianFinite(knee, span(top0, s1));
  const bottomLevel = medianFinite(knee, span(a1, l1));
  const top1Level = medianFinite(knee, span(e1, top1));
  const down = top0Level - bottomLevel;
  const up = top1Level - bottomLevel;
  // Fit windows: from each rough edge out to `f2` of the range.
  const s2 = firstAtMost(knee, s1, bottom, top0Level - f2 * down);
  const a2 = lastAtLeast(knee, s1, a1, bottomLevel + f2 * down);
  const l2 = firstAtLeast(knee, l1, e1, bottomLevel + f2 * up);
  const e2 = lastAtMost(knee, l1, e1, top1Level - f2 * up);
  const fit = (from: number, to: number, plateau: number, rising: boolean, fallback: number): number => {
    const v = from < 0 || to < 0 ? Number.NaN : extrapolatedTurnS(knee, t, from, to, plateau, rising);
    return Number.isFinite(v) ? v : fallback;
  };
  const ts1 = crossingAfter(knee, t, s1, topBefore - f1 * rangeDown);
  const te1 = crossingBefore(knee, t, e1, topAfter - f1 * rangeUp);
  const ta1 = crossingBefore(knee, t, a1, kneeMin + f1 * rangeDown);
  const tl1 = crossingAfter(knee, t, l1, kneeMin + f1 * rangeUp);
  const startS = clamp(fit(s1, s2, top0Level, true, ts1), t[top0]!, ts1);
  const arriveS = clamp(fit(a2, a1, bottomLevel, false, ta1), ta1, t[bottom]!);
  const leaveS = clamp(fit(l1, l2, bottomLevel, true, tl1), t[bottom]!, tl1);
  const endS = clamp(fit(e2, e1, top1Level, false, te1), te1, t[top1]!);
  // Dwell at the bottom, robust to a brief dip under a paused bottom.
  const bottomDwell = bottomDwellS(knee, t, s1, bottom, e1, config.bottomBandDeg, config.bottomSearchDeg);

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
  // Mean speed over the middle of the push when the sled is seen through it; else the mean of the seen velocities.
  const midSpeed = concentricMidSpeed(
    k.sledTravelShanks,
    t,
    { from: Math.max(a1, 0), to: Math.max(l1, bottom) },
    { from: Math.max(e1, bottom), to: top1 },
    config.concentricSpeedFromFraction,
    config.concentricSpeedToFraction,
  );
  const meanSpeed = Number.isFinite(midSpeed) ? midSpeed : count > 0 ? sum / count : Number.NaN;

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
    bottomDwellS: bottomDwell,
    kneeMinDeg: kneeMin,
    kneeTopDeg: Math.max(topBefore, topAfter),
    hipFlexionMaxDeg: maxFinite(k.hipFlexionDeg, startFrame, endFrame),
    sledTravelMaxShanks: maxFinite(k.sledTravelShanks, startFrame, endFrame),
    concentricPeakVelocityShanksPerS: peak,
    concentricMeanVelocityShanksPerS: meanSpeed,
  };
}
