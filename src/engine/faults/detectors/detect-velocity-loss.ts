import { fixFor } from '../fault-fixes.js';
import { median } from '../../core/series/median.js';
import type { Rep } from '../../reps/types.js';
import { findingConfidence, marginFactor } from '../confidence.js';
import { meanJointScore } from '../joint-scores.js';
import type { FaultDetector } from '../types.js';
import { sideViewProblem } from '../view-gates.js';

const CHECKS = 'how much your pushing speed dropped';
const LEG = { near: ['hip', 'knee', 'ankle'] } as const;

/**
 * Reps of full range, as shallow_rep judges them (bend at least the fraction of the set's deepest, bottom no
 * higher than its knee limit): a partial rep's push is shorter and faster or slower for other reasons than
 * fatigue.
 */
function fullRangeReps(reps: readonly Rep[], minFraction: number, maxBottomKneeDeg: number): Rep[] {
  const bend = (r: Rep): number => r.kneeTopDeg - r.kneeMinDeg;
  const deepest = Math.max(0, ...reps.map(bend).filter((b) => Number.isFinite(b)));
  return reps.filter(
    (r) =>
      r.concentricMeanVelocityShanksPerS > 0 &&
      r.cutOff !== 'end' &&
      bend(r) >= minFraction * deepest &&
      !(r.kneeMinDeg > maxBottomKneeDeg),
  );
}

/** Reps whose push speed is within `maxRatio` of the median rep's either way: others are measurement failures. */
function plausibleSpeeds(reps: readonly Rep[], maxRatio: number): Rep[] {
  const typical = median(reps.map((r) => r.concentricMeanVelocityShanksPerS));
  return reps.filter((r) => {
    const ratio = r.concentricMeanVelocityShanksPerS / typical;
    return ratio <= maxRatio && ratio >= 1 / maxRatio;
  });
}

/**
 * Fatigue across the set: mean pushing speed of the last reps against the early reps' speed, as a percent
 * drop (velocity loss, evidence.md §3). The early speed is the median of the first reps, not the single
 * fastest: per-rep speed from video scatters by ~10-15% (measured on simulated sets), and the maximum of
 * noisy values overstates the loss (on moderate-noise simulated sets, max: 10 false alarms in 40 clean sets;
 * median: none, with every true 34% loss still found). Partial reps are left out.
 */
export const velocityLossDetector: FaultDetector = {
  id: 'velocity_loss',
  scope: 'set',
  detect(ctx) {
    const problem = sideViewProblem(ctx, CHECKS);
    if (problem !== null) return { assessable: false, ...problem };
    const cfg = ctx.config.faults.velocityLoss;
    const shallow = ctx.config.faults.shallowRep;
    const reps = plausibleSpeeds(
      fullRangeReps(ctx.reps, shallow.minFractionOfSetDepth, shallow.maxBottomKneeDeg),
      cfg.maxSpeedRatioToMedian,
    );
    if (reps.length < cfg.minReps) {
      return {
        assessable: false,
        reason:
          `Pushing speed was measured in ${reps.length} full rep${reps.length === 1 ? '' : 's'}; ${CHECKS} ` +
          `needs at least ${cfg.minReps}.`,
        code: 'too_few_reps',
        params: { reps: reps.length, minReps: cfg.minReps },
      };
    }
    const speed = (r: Rep): number => r.concentricMeanVelocityShanksPerS;
    const lateCount = Math.min(cfg.lateReps, reps.length - 1);
    const early = reps.slice(0, Math.min(cfg.earlyReps, reps.length - lateCount));
    const late = reps.slice(reps.length - lateCount);
    const earlySpeed = median(early.map(speed));
    // The early rep closest to the early speed stands for it in the frames.
    const best = early.reduce((a, b) =>
      Math.abs(speed(b) - earlySpeed) < Math.abs(speed(a) - earlySpeed) ? b : a,
    );
    const lateMean = late.reduce((sum, r) => sum + speed(r), 0) / late.length;
    const lossPercent = (100 * (earlySpeed - lateMean)) / earlySpeed;
    if (!(lossPercent >= cfg.warnPercent)) return { assessable: true, findings: [] };

    const severity = lossPercent >= cfg.alertPercent ? 'alert' : 'warn';
    // The slow pushes first (the last rep first), then the best rep for comparison.
    const pushFrames = (r: Rep): number[] => [r.bottomFrame, r.endFrame];
    const frames = [...new Set([...[...late].reverse().flatMap(pushFrames), ...pushFrames(best)])];
    return {
      assessable: true,
      findings: [
        {
          id: 'velocity_loss',
          repIndex: null,
          severity,
          confidence: findingConfidence(
            meanJointScore(ctx.track, LEG, frames),
            marginFactor(lossPercent - cfg.warnPercent, cfg.alertPercent - cfg.warnPercent),
          ),
          frames,
          measure: {
            name: 'velocityLossPercent',
            value: lossPercent,
            unit: 'percent',
            threshold: severity === 'alert' ? cfg.alertPercent : cfg.warnPercent,
          },
          ...fixFor('velocity_loss'),
        },
      ],
    };
  },
};
