import { fixFor } from '../fault-fixes.js';
import type { Rep } from '../../reps/types.js';
import { findingConfidence, marginFactor } from '../confidence.js';
import { jointScoreAt, meanJointScore } from '../joint-scores.js';
import { cleanOrUnseen, detectPerRep, jointsUnseenReason, type RepCheck } from '../per-rep.js';
import type { FaultContext, FaultDetector } from '../types.js';

const CHECKS = 'how fast you lower the sled';
const LEG = { near: ['hip', 'knee', 'ankle'] } as const;

function checkRep(ctx: FaultContext, rep: Rep): RepCheck {
  const { faults } = ctx.config;
  const cfg = faults.fastEccentric;
  const velocity = ctx.kinematics.sledVelocityShanksPerS;
  // The clip began mid-descent: the lowering time seen is only its end, so it cannot be judged.
  if (rep.cutOff === 'start') return 'unseen';
  // The lowering phase must have been seen, or its timing is the segmenter's guess.
  let covered = 0;
  let fastest = { frame: rep.startFrame, v: Number.NEGATIVE_INFINITY };
  for (let f = rep.startFrame; f <= rep.bottomFrame; f++) {
    if (jointScoreAt(ctx.track, LEG, f) < faults.minJointConfidence) continue;
    covered++;
    const v = velocity[f] as number;
    if (v > fastest.v) fastest = { frame: f, v };
  }
  const seen = cleanOrUnseen(ctx, covered, rep.bottomFrame - rep.startFrame + 1);
  if (!(rep.eccentricS < cfg.warnBelowS) || seen === 'unseen') return seen;
  const severity = rep.eccentricS < cfg.alertBelowS ? 'alert' : 'warn';
  const frames = [...new Set([fastest.frame, rep.startFrame, rep.bottomFrame])];
  return {
    id: 'fast_eccentric',
    repIndex: rep.index,
    severity,
    confidence: findingConfidence(
      meanJointScore(ctx.track, LEG, frames),
      marginFactor(cfg.warnBelowS - rep.eccentricS, cfg.warnBelowS - cfg.alertBelowS),
    ),
    frames,
    measure: {
      name: 'eccentricS',
      value: rep.eccentricS,
      unit: 's',
      threshold: severity === 'alert' ? cfg.alertBelowS : cfg.warnBelowS,
    },
    ...fixFor('fast_eccentric'),
  };
}

/** Lowering the sled too fast: the eccentric phase shorter than the warn/alert durations. */
export const fastEccentricDetector: FaultDetector = {
  id: 'fast_eccentric',
  scope: 'rep',
  detect(ctx) {
    return detectPerRep(ctx, CHECKS, jointsUnseenReason(LEG, 'while lowering', CHECKS), (rep) =>
      checkRep(ctx, rep),
    );
  },
};
