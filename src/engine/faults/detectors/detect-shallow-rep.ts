import { fixFor } from '../fault-fixes.js';
import type { Rep } from '../../reps/types.js';
import { findingConfidence, marginFactor } from '../confidence.js';
import { meanJointScore, jointScoreAt } from '../joint-scores.js';
import { cleanOrUnseen, detectPerRep, jointsUnseenReason, type RepCheck } from '../per-rep.js';
import { nearBottom, rangeFrames } from '../rep-windows.js';
import type { FaultContext, FaultDetector, FaultMeasure } from '../types.js';
import { sideViewProblem } from '../view-gates.js';

const CHECKS = 'how deep each rep goes';
const LEG = { near: ['hip', 'knee', 'ankle'] } as const;

/** Partial range: the knee never bent far (absolute), or much less than in the set's deepest rep. */
function checkRep(ctx: FaultContext, rep: Rep, deepestBendDeg: number): RepCheck {
  const { faults } = ctx.config;
  const cfg = faults.shallowRep;
  const bottom = rangeFrames(nearBottom(ctx, rep));
  const seen = bottom.filter((f) => jointScoreAt(ctx.track, LEG, f) >= faults.minJointConfidence);
  if (cleanOrUnseen(ctx, seen.length, bottom.length) === 'unseen' || !Number.isFinite(rep.kneeMinDeg)) {
    return 'unseen';
  }
  const fraction = (rep.kneeTopDeg - rep.kneeMinDeg) / deepestBendDeg;
  const scale = faults.fullConfidenceMarginFraction;
  let measure: FaultMeasure;
  let margin: number;
  if (rep.kneeMinDeg > cfg.maxBottomKneeDeg) {
    measure = { name: 'kneeMinDeg', value: rep.kneeMinDeg, unit: 'deg', threshold: cfg.maxBottomKneeDeg };
    margin = marginFactor(rep.kneeMinDeg - cfg.maxBottomKneeDeg, cfg.maxBottomKneeDeg * scale);
  } else if (fraction < cfg.minFractionOfSetDepth) {
    measure = {
      name: 'fractionOfSetDepth',
      value: fraction,
      unit: 'ratio',
      threshold: cfg.minFractionOfSetDepth,
    };
    margin = marginFactor(cfg.minFractionOfSetDepth - fraction, cfg.minFractionOfSetDepth * scale);
  } else {
    return 'clean';
  }
  const frames = [rep.bottomFrame, ...seen.filter((f) => f !== rep.bottomFrame)];
  return {
    id: 'shallow_rep',
    repIndex: rep.index,
    severity: 'info',
    confidence: findingConfidence(meanJointScore(ctx.track, LEG, seen), margin),
    frames,
    measure,
    ...fixFor('shallow_rep'),
  };
}

/** Informational: partial reps, against the set's deepest rep and an absolute knee angle. */
export const shallowRepDetector: FaultDetector = {
  id: 'shallow_rep',
  scope: 'rep',
  detect(ctx) {
    const problem = sideViewProblem(ctx, CHECKS);
    if (problem !== null) return { assessable: false, ...problem };
    const bends = ctx.reps.map((r) => r.kneeTopDeg - r.kneeMinDeg).filter((b) => Number.isFinite(b));
    const deepest = Math.max(0, ...bends);
    return detectPerRep(ctx, CHECKS, jointsUnseenReason(LEG, 'near the bottom', CHECKS), (rep) =>
      checkRep(ctx, rep, deepest),
    );
  },
};
