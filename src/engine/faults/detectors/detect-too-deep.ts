import { fixFor } from '../fault-fixes.js';
import { detectSustainedPerRep } from '../sustained-rep-fault.js';
import type { FaultContext, FaultDetector } from '../types.js';
import { sideViewProblem } from '../view-gates.js';

const CHECKS = 'how deep your hips bend';

/** Warn/alert hip flexion: the evidence defaults, or a personal safe depth and a margin past it. */
export function tooDeepLimits(ctx: FaultContext): { warn: number; alert: number } {
  const cfg = ctx.config.faults.tooDeep;
  if (ctx.safeDepth.source === 'default') {
    return { warn: cfg.defaultWarnHipFlexionDeg, alert: cfg.defaultAlertHipFlexionDeg };
  }
  const safe = ctx.safeDepth.hipFlexionDeg;
  return { warn: safe, alert: safe + cfg.alertPastSafeDepthDeg };
}

/** Knees to chest: hip flexion near the bottom held past the safe depth. */
export const tooDeepDetector: FaultDetector = {
  id: 'too_deep',
  scope: 'rep',
  detect(ctx) {
    const problem = sideViewProblem(ctx, CHECKS);
    if (problem !== null) return { assessable: false, ...problem };
    const { warn, alert } = tooDeepLimits(ctx);
    const hip = ctx.kinematics.hipFlexionDeg;
    const result = detectSustainedPerRep(ctx, {
      id: 'too_deep',
      joints: { near: ['shoulder', 'hip', 'knee'] },
      window: 'bottom',
      checks: CHECKS,
      value: (f) => hip[f] as number,
      warn,
      alert,
      minFrames: ctx.config.faults.minConsecutiveFrames,
      measureName: 'hipFlexionDeg',
      unit: 'deg',
      fixCode: 'too_deep',
    });
    // The default limit is a general guide, not this lifter's: hips, hamstrings and machines differ, and ordinary
    // real reps pass it (eval:real, docs/accuracy.md). Past it is a note until a calibrated limit (where this
    // lifter's pelvis starts to roll) or the pelvis itself (pelvic_tuck) shows the depth is too much.
    if (ctx.safeDepth.source !== 'default' || !result.assessable) return result;
    return {
      ...result,
      findings: result.findings.map((f) => ({
        ...f,
        severity: ctx.config.faults.tooDeep.defaultSeverity,
        measure: { ...f.measure, threshold: warn },
        ...fixFor('too_deep_uncalibrated'),
      })),
    };
  },
};
