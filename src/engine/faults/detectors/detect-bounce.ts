import type { Rep } from '../../reps/types.js';
import { findingConfidence, marginFactor } from '../confidence.js';
import { jointScoreAt, meanJointScore } from '../joint-scores.js';
import { cleanOrUnseen, detectPerRep, jointsUnseenReason, type RepCheck } from '../per-rep.js';
import type { FaultContext, FaultDetector } from '../types.js';
import { sideViewProblem } from '../view-gates.js';

const CHECKS = 'whether you bounce out of the bottom';
const FIX = 'Slow the sled down before the bottom and pause for a moment there before you push.';
const LEG = { near: ['hip', 'knee', 'ankle'] } as const;

/**
 * A bounce: the sled reaches the bottom still moving at a good part of its peak lowering speed (no braking),
 * turns around at once (short bottom dwell), and goes back up.
 */
function checkRep(ctx: FaultContext, rep: Rep): RepCheck {
  const { faults } = ctx.config;
  const cfg = faults.bounce;
  const { sledVelocityShanksPerS: velocity, tS } = ctx.kinematics;
  const arrivalFromS = rep.bottomS - cfg.arrivalWindowS;
  let peak = { frame: -1, v: 0 };
  let arrival = { frame: -1, v: Number.NEGATIVE_INFINITY };
  let covered = 0;
  for (let f = rep.startFrame; f < rep.bottomFrame; f++) {
    const v = velocity[f] as number;
    if (!Number.isFinite(v) || jointScoreAt(ctx.track, LEG, f) < faults.minJointConfidence) continue;
    covered++;
    if (v > peak.v) peak = { frame: f, v };
    if ((tS[f] as number) >= arrivalFromS && v > arrival.v) arrival = { frame: f, v };
  }
  // Without the lowering peak or the arrival seen, the braking cannot be judged.
  if (peak.frame < 0 || arrival.frame < 0) return 'unseen';
  const ratio = arrival.v / peak.v;
  if (!(rep.bottomDwellS < cfg.maxDwellS && ratio >= cfg.minArrivalSpeedRatio)) {
    return cleanOrUnseen(ctx, covered, rep.bottomFrame - rep.startFrame);
  }
  const severity = ratio >= cfg.alertArrivalSpeedRatio ? 'alert' : 'warn';
  const frames = [...new Set([rep.bottomFrame, arrival.frame, peak.frame])];
  return {
    id: 'bounce',
    repIndex: rep.index,
    severity,
    confidence: findingConfidence(
      meanJointScore(ctx.track, LEG, frames),
      marginFactor(ratio - cfg.minArrivalSpeedRatio, cfg.alertArrivalSpeedRatio - cfg.minArrivalSpeedRatio),
    ),
    frames,
    measure: {
      name: 'arrivalSpeedRatio',
      value: ratio,
      unit: 'ratio',
      threshold: severity === 'alert' ? cfg.alertArrivalSpeedRatio : cfg.minArrivalSpeedRatio,
    },
    fix: FIX,
  };
}

/** Rebounding out of the bottom instead of braking and turning the sled around under control. */
export const bounceDetector: FaultDetector = {
  id: 'bounce',
  scope: 'rep',
  detect(ctx) {
    const problem = sideViewProblem(ctx, CHECKS);
    if (problem !== null) return { assessable: false, reason: problem };
    return detectPerRep(ctx, CHECKS, jointsUnseenReason(LEG, 'while lowering', CHECKS), (rep) =>
      checkRep(ctx, rep),
    );
  },
};
