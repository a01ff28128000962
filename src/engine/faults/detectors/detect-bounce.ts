import { fixFor } from '../fault-fixes.js';
import type { Rep } from '../../reps/types.js';
import { findingConfidence, marginFactor } from '../confidence.js';
import { jointScoreAt, meanJointScore } from '../joint-scores.js';
import { travelSlope, windowFrames } from '../travel-speed.js';
import { cleanOrUnseen, detectPerRep, jointsUnseenReason, type RepCheck } from '../per-rep.js';
import type { FaultContext, FaultDetector } from '../types.js';
import { sideViewProblem } from '../view-gates.js';

const CHECKS = 'whether you bounce out of the bottom';
const LEG = { near: ['hip', 'knee', 'ankle'] } as const;

/**
 * One NaN-filled buffer per travel series, reused rep after rep (only the last rep's span is cleared): a fresh
 * full-length array per rep made an hour of video quadratic (~1.5 s of the engine's second).
 */
const SEEN_SCRATCH = new WeakMap<Float64Array, { out: Float64Array; from: number; to: number }>();

/** Sled travel where the leg joints are seen well enough to trust it, NaN elsewhere; valid until the next call. */
function seenTravel(ctx: FaultContext, from: number, to: number): Float64Array {
  const travel = ctx.kinematics.sledTravelShanks;
  let scratch = SEEN_SCRATCH.get(travel);
  if (scratch === undefined) {
    scratch = { out: new Float64Array(travel.length).fill(Number.NaN), from: 0, to: -1 };
    SEEN_SCRATCH.set(travel, scratch);
  }
  const { out } = scratch;
  out.fill(Number.NaN, scratch.from, scratch.to + 1);
  scratch.from = Math.max(0, from);
  scratch.to = Math.min(to, travel.length - 1);
  for (let f = scratch.from; f <= scratch.to; f++) {
    if (jointScoreAt(ctx.track, LEG, f) >= ctx.config.faults.minJointConfidence) out[f] = travel[f] as number;
  }
  return out;
}

/**
 * A bounce: the sled reaches the bottom still moving at a good part of its peak lowering speed (no braking),
 * turns around at once (short bottom dwell), and visibly rebounds (leaves the bottom fast). Speeds are
 * least-squares slopes of sled travel over `arrivalWindowS` windows, not point derivatives, so frame jitter
 * does not make a braked arrival look fast; the rebound check means a noise dip in the knee angle at the
 * bottom of a paused rep (which shortens the measured dwell) is not a bounce unless the sled truly leaves fast.
 */
function checkRep(ctx: FaultContext, rep: Rep): RepCheck {
  const { faults } = ctx.config;
  const cfg = faults.bounce;
  const { tS } = ctx.kinematics;
  const after = windowFrames(tS, rep.bottomFrame, cfg.arrivalWindowS, 'after');
  const travel = seenTravel(ctx, rep.startFrame, after.to);
  let peak = { frame: -1, v: 0 };
  let covered = 0;
  for (let f = rep.startFrame; f <= rep.bottomFrame; f++) {
    if (!Number.isFinite(travel[f] as number)) continue;
    covered++;
    const w = windowFrames(tS, f, cfg.arrivalWindowS, 'before');
    if (w.from < rep.startFrame) continue;
    const v = travelSlope(travel, tS, w.from, w.to);
    if (v > peak.v) peak = { frame: f, v };
  }
  const arrivalWindow = windowFrames(tS, rep.bottomFrame, cfg.arrivalWindowS, 'before');
  const arrival = travelSlope(travel, tS, arrivalWindow.from, arrivalWindow.to);
  const rebound = -travelSlope(travel, tS, after.from, after.to);
  // Without the lowering peak, the arrival or the rebound seen, the braking cannot be judged.
  if (peak.frame < 0 || !Number.isFinite(arrival) || !Number.isFinite(rebound)) return 'unseen';
  // The bottom frame may sit a frame or two off the true turn, moving speed from one side of it to the other;
  // the mean of the arrival and the rebound is robust to that, and each must still show real motion.
  const ratio = (arrival + rebound) / (2 * peak.v);
  const bounced =
    rep.bottomDwellS < cfg.maxDwellS &&
    ratio >= cfg.minArrivalSpeedRatio &&
    Math.min(arrival, rebound) / peak.v >= cfg.minReboundSpeedRatio;
  if (!bounced) return cleanOrUnseen(ctx, covered, rep.bottomFrame - rep.startFrame + 1);
  const severity = ratio >= cfg.alertArrivalSpeedRatio ? 'alert' : 'warn';
  const frames = [...new Set([rep.bottomFrame, arrivalWindow.from, peak.frame])];
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
    ...fixFor('bounce'),
  };
}

/** Rebounding out of the bottom instead of braking and turning the sled around under control. */
export const bounceDetector: FaultDetector = {
  id: 'bounce',
  scope: 'rep',
  detect(ctx) {
    const problem = sideViewProblem(ctx, CHECKS);
    if (problem !== null) return { assessable: false, ...problem };
    return detectPerRep(ctx, CHECKS, jointsUnseenReason(LEG, 'while lowering', CHECKS), (rep) =>
      checkRep(ctx, rep),
    );
  },
};
