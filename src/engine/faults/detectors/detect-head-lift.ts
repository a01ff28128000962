import { jointScoreAt } from '../joint-scores.js';
import { detectSustainedPerRep } from '../sustained-rep-fault.js';
import type { FaultContext, FaultDetector } from '../types.js';
import { sideViewProblem } from '../view-gates.js';

const CHECKS = 'whether your head comes off the pad';
const HEAD = { near: [], head: true } as const;

/**
 * The lifter's own head position at the tops of the reps: ears sit at different distances from the
 * shoulder-hip line in different people, so only a change from it counts (evidence.md §2: within-person).
 * Kinematics already measures from the tops; re-centring here keeps the check right if that changes.
 */
function headBaseline(ctx: FaultContext): number {
  const { headDepartureThighs: head, reference } = ctx.kinematics;
  const minScore = ctx.config.faults.minJointConfidence;
  const values = reference.topFrames
    .filter((f) => jointScoreAt(ctx.track, HEAD, f) >= minScore && Number.isFinite(head[f]))
    .map((f) => head[f] as number)
    .sort((a, b) => a - b);
  if (values.length === 0) return Number.NaN;
  return values[Math.floor(values.length / 2)] as number;
}

/** Head and neck come forward off the back pad during the rep. */
export const headLiftDetector: FaultDetector = {
  id: 'head_lift',
  scope: 'rep',
  detect(ctx) {
    const problem = sideViewProblem(ctx, CHECKS);
    if (problem !== null) return { assessable: false, ...problem };
    const baseline = headBaseline(ctx);
    if (Number.isNaN(baseline)) {
      return {
        assessable: false,
        reason: `Your head was not seen clearly at the top of the reps, so ${CHECKS} could not be checked.`,
        code: 'head_unseen',
      };
    }
    const cfg = ctx.config.faults.headLift;
    const head = ctx.kinematics.headDepartureThighs;
    return detectSustainedPerRep(ctx, {
      id: 'head_lift',
      joints: HEAD,
      window: 'rep',
      checks: CHECKS,
      value: (f) => (head[f] as number) - baseline,
      warn: cfg.warnThighs,
      alert: cfg.alertThighs,
      minFrames: ctx.config.faults.minConsecutiveFrames,
      measureName: 'headDepartureThighs',
      unit: 'thighs',
      fixCode: 'head_lift',
    });
  },
};
