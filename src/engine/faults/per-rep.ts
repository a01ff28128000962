import { describeJoints, type JointSet } from './joint-scores.js';
import type { Rep } from '../reps/types.js';
import type { CheckProblem, DetectorResult, FaultContext, FaultFinding } from './types.js';

/** One rep's verdict: a finding, clean (enough of it was seen), or unseen (cannot call it clean). */
export type RepCheck = FaultFinding | 'clean' | 'unseen';

export function noRepsReason(checks: string): CheckProblem {
  return { reason: `No complete reps were found, so ${checks} could not be checked.`, code: 'no_reps' };
}

export function jointsUnseenReason(joints: JointSet, where: string, checks: string): CheckProblem {
  return {
    reason:
      `Your ${describeJoints(joints)} were not seen clearly ${where} in any rep, so ${checks} could not be ` +
      'checked; keep your whole body in the frame and well lit.',
    code: 'joints_unseen',
  };
}

/** A rep without a finding is clean only if enough of its needed frames were seen. */
export function cleanOrUnseen(ctx: FaultContext, covered: number, needed: number): 'clean' | 'unseen' {
  return needed > 0 && covered / needed >= ctx.config.faults.minCoveredFraction ? 'clean' : 'unseen';
}

/**
 * Run a per-rep check over the set. Not assessable when there are no reps, or when no rep could be seen
 * and nothing was found (a finding seen in usable frames is evidence even if other reps were hidden).
 */
export function detectPerRep(
  ctx: FaultContext,
  checks: string,
  unseenReason: CheckProblem,
  check: (rep: Rep, position: number) => RepCheck,
): DetectorResult {
  if (ctx.reps.length === 0) return { assessable: false, ...noRepsReason(checks) };
  const findings: FaultFinding[] = [];
  const unassessedReps: number[] = [];
  ctx.reps.forEach((rep, position) => {
    const result = check(rep, position);
    if (result === 'unseen') unassessedReps.push(rep.index);
    else if (result !== 'clean') findings.push(result);
  });
  if (findings.length === 0 && unassessedReps.length === ctx.reps.length) {
    return { assessable: false, ...unseenReason };
  }
  return { assessable: true, findings, unassessedReps };
}
