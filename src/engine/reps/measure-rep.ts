import type { RepsConfig } from '../config/reps-config.js';
import type { Kinematics } from '../kinematics/types.js';
import { firstAtLeast, firstAtMost, lastAtLeast, lastAtMost, maxFinite } from './phase-edges.js';
import type { Rep } from './types.js';

/** A candidate movement between two tops: the frames of the two top turning points and of the deepest point. */
export interface RepCandidate {
  readonly topBeforeFrame: number;
  readonly bottomFrame: number;
  readonly topAfterFrame: number;
}

/**
 * Times and measures of one rep between two tops. The rep starts when the knee leaves the top (last frame
 * within `phaseEdgeFraction` of the range from the top) and ends when it gets back; lowering time runs until
 * the knee arrives at the bottom in the same sense, pushing time from when it leaves, so pauses count as
 * neither. Bottom dwell is the time within `bottomBandDeg` of the deepest angle.
 */
export function measureRep(k: Kinematics, c: RepCandidate, index: number, config: RepsConfig): Rep {
  const knee = k.kneeDeg;
  const t = k.tS;
  const kneeMin = knee[c.bottomFrame]!;
  const topBefore = knee[c.topBeforeFrame]!;
  const topAfter = knee[c.topAfterFrame]!;
  const edgeDown = config.phaseEdgeFraction * (topBefore - kneeMin);
  const edgeUp = config.phaseEdgeFraction * (topAfter - kneeMin);
  const start = lastAtLeast(knee, c.topBeforeFrame, c.bottomFrame, topBefore - edgeDown);
  const end = firstAtLeast(knee, c.bottomFrame, c.topAfterFrame, topAfter - edgeUp);
  const arrive = firstAtMost(knee, start, c.bottomFrame, kneeMin + edgeDown);
  const leave = lastAtMost(knee, c.bottomFrame, end, kneeMin + edgeUp);
  const dwellIn = firstAtMost(knee, start, c.bottomFrame, kneeMin + config.bottomBandDeg);
  const dwellOut = lastAtMost(knee, c.bottomFrame, end, kneeMin + config.bottomBandDeg);

  // Pushing speed is the negative of sled velocity (positive = lowering).
  let peak = Number.NaN;
  let sum = 0;
  let count = 0;
  for (let i = leave; i <= end; i++) {
    const v = -k.sledVelocityShanksPerS[i]!;
    if (!Number.isFinite(v)) continue;
    if (!(v <= peak)) peak = v;
    sum += v;
    count++;
  }
  const concentricS = t[end]! - t[leave]!;
  const pushed = k.sledTravelShanks[leave]! - k.sledTravelShanks[end]!;
  // Mean speed is distance over time when both ends are seen; else the mean of the seen velocities.
  const meanSpeed =
    Number.isFinite(pushed) && concentricS > 0 ? pushed / concentricS : count > 0 ? sum / count : Number.NaN;

  return {
    index,
    startFrame: start,
    bottomFrame: c.bottomFrame,
    endFrame: end,
    startS: t[start]!,
    bottomS: t[c.bottomFrame]!,
    endS: t[end]!,
    eccentricS: t[arrive]! - t[start]!,
    concentricS,
    bottomDwellS: t[dwellOut]! - t[dwellIn]!,
    kneeMinDeg: kneeMin,
    kneeTopDeg: Math.max(topBefore, topAfter),
    hipFlexionMaxDeg: maxFinite(k.hipFlexionDeg, start, end),
    sledTravelMaxShanks: maxFinite(k.sledTravelShanks, start, end),
    concentricPeakVelocityShanksPerS: peak,
    concentricMeanVelocityShanksPerS: meanSpeed,
  };
}
