import { worseFppaDeg } from '../fppa.js';
import { detectSustainedPerRep } from '../sustained-rep-fault.js';
import type { FaultDetector } from '../types.js';
import { frontViewProblem } from '../view-gates.js';

const CHECKS = 'whether your knees cave in';

/** Knees cave inwards: frontal-plane projection angle of either leg, from a front or oblique camera. */
export const kneeValgusDetector: FaultDetector = {
  id: 'knee_valgus',
  scope: 'rep',
  detect(ctx) {
    const problem = frontViewProblem(ctx);
    if (problem !== null) return { assessable: false, ...problem };
    const cfg = ctx.config.faults.kneeValgus;
    return detectSustainedPerRep(ctx, {
      id: 'knee_valgus',
      joints: { near: ['hip', 'knee', 'ankle'], far: ['hip', 'knee', 'ankle'] },
      window: 'rep',
      checks: CHECKS,
      value: (f) => worseFppaDeg(ctx.track, f),
      warn: cfg.warnFppaDeg,
      alert: cfg.alertFppaDeg,
      minFrames: ctx.config.faults.minConsecutiveFrames,
      measureName: 'fppaDeg',
      unit: 'deg',
      fixCode: 'knee_valgus',
    });
  },
};
