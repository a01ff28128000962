import type { Rep } from '../../reps/types.js';
import { findingConfidence, marginFactor } from '../confidence.js';
import { meanJointScore } from '../joint-scores.js';
import type { FaultDetector } from '../types.js';
import { sideViewProblem } from '../view-gates.js';

const CHECKS = 'how much your pushing speed dropped';
const FIX =
  'End the set when your pushes slow down clearly: stop a couple of reps earlier or take a little weight off.';
const LEG = { near: ['hip', 'knee', 'ankle'] } as const;

/**
 * Fatigue across the set: mean pushing speed of the last reps against the best early rep, as a percent
 * drop (velocity loss, evidence.md §3).
 */
export const velocityLossDetector: FaultDetector = {
  id: 'velocity_loss',
  scope: 'set',
  detect(ctx) {
    const problem = sideViewProblem(ctx, CHECKS);
    if (problem !== null) return { assessable: false, reason: problem };
    const cfg = ctx.config.faults.velocityLoss;
    const reps = ctx.reps.filter((r) => r.concentricMeanVelocityShanksPerS > 0);
    if (reps.length < cfg.minReps) {
      return {
        assessable: false,
        reason:
          `Pushing speed was measured in ${reps.length} rep${reps.length === 1 ? '' : 's'}; ${CHECKS} ` +
          `needs at least ${cfg.minReps}.`,
      };
    }
    const lateCount = Math.min(cfg.lateReps, reps.length - 1);
    const early = reps.slice(0, Math.min(cfg.earlyReps, reps.length - lateCount));
    const late = reps.slice(reps.length - lateCount);
    const best = early.reduce((a, b) =>
      b.concentricMeanVelocityShanksPerS > a.concentricMeanVelocityShanksPerS ? b : a,
    );
    const lateMean = late.reduce((sum, r) => sum + r.concentricMeanVelocityShanksPerS, 0) / late.length;
    const lossPercent =
      (100 * (best.concentricMeanVelocityShanksPerS - lateMean)) / best.concentricMeanVelocityShanksPerS;
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
          fix: FIX,
        },
      ],
    };
  },
};
