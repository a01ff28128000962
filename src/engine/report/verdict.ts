import { faultIdsWhere } from '../config/fault-traits.js';
import type { FaultFinding, FaultId, Severity } from '../faults/types.js';
import type { ViewAssessment } from '../view/types.js';
import { FAULT_LABELS, FAULT_PRIORITY, SEVERITY_RANK } from './fault-labels.js';
import type {
  FaultSummary,
  NotAssessableFault,
  NotJudgedWhy,
  RepReport,
  SeenFault,
  VerdictDecision,
} from './types.js';

/** Faults that load the lower back in flexion: one alert is enough to stop and lighten the load. */
const STOP_ON_ALERT: readonly FaultId[] = faultIdsWhere((t) => t.stopOnAlert);

/**
 * The per-rep back-safety checks: the pelvis rolling off the seat, depth, locked knees and lowering speed. A
 * set in which none of them could be judged in any rep has no basis for "clean", so it is not judged.
 */
export const KEY_REP_CHECKS: readonly FaultId[] = faultIdsWhere((t) => t.keyRepCheck);

/**
 * The checks of the lower back itself: a set in which neither could be made has no basis for "clean" whatever
 * else was timed (a lowering speed alone says nothing about the pelvis), so it is not judged. Even a warning of
 * one means fix it before adding load.
 */
export const BACK_CHECKS: readonly FaultId[] = faultIdsWhere((t) => t.back);

/** What to do when nothing could be judged: one sentence, also the first fix of such a report. */
export const REFILM_ADVICE =
  'Refilm the set from the side, level with your hips, with your whole body and the feet in view, and each rep from the top down to the bottom and back up.';

function repsText(reps: readonly number[]): string {
  if (reps.length === 0) return 'across the set';
  return reps.length === 1 ? `in rep ${reps[0]}` : `in reps ${reps.join(', ')}`;
}

function atLeast(s: Severity, min: Severity): boolean {
  return SEVERITY_RANK[s] >= SEVERITY_RANK[min];
}

export interface VerdictInput {
  /** One line per fault, most serious first. */
  readonly summaries: readonly FaultSummary[];
  readonly findings: readonly FaultFinding[];
  readonly reps: readonly Pick<RepReport, 'index' | 'notAssessed'>[];
  /** Faults not assessable for the whole set. */
  readonly notAssessable: readonly NotAssessableFault[];
  readonly view?: Pick<ViewAssessment, 'view' | 'quality'>;
}

/** Was this check made in at least one rep (not ruled out for the set, and not unseen in every rep)? */
function judgedInSomeRep(id: FaultId, input: VerdictInput): boolean {
  if (input.notAssessable.some((n) => n.id === id)) return false;
  return input.reps.some((r) => !(r.notAssessed ?? []).includes(id));
}

/** True when the set cannot be judged: no complete rep, or neither check of the lower back was made. */
export function nothingJudged(input: VerdictInput): boolean {
  return input.reps.length === 0 || !BACK_CHECKS.some((id) => judgedInSomeRep(id, input));
}

function notJudgedWhy(input: VerdictInput): NotJudgedWhy {
  if (input.reps.length === 0) return 'no_reps';
  if (input.view?.quality === 'poor') return 'poor_view';
  if (input.view !== undefined && input.view.view !== 'side') return 'not_side_on';
  return 'joints_unseen';
}

/**
 * The one-line verdict. Ladder: stop (a back-loading fault at alert) > fix before adding load (any alert,
 * a back-risk warning, or a warning repeated over reps) > minor (info or a single warning) > clean. When
 * nothing could be judged (`nothingJudged`) the level is `not_judged` instead of clean or minor: that is not
 * a pass. Faults that were still seen clearly enough to stop or fix keep their level. The headline is the
 * decision in words (`verdictHeadline`).
 */
export function decideVerdict(input: VerdictInput): VerdictDecision & { readonly headline: string } {
  const decision = verdictDecision(input);
  // Level, headline, then params: the order the JSON report writes them. The cast only restores the pairing of
  // level and params that TypeScript loses when the union is taken apart.
  const { level, params } = decision;
  return { level, headline: verdictHeadline(decision), params } as VerdictDecision & {
    readonly headline: string;
  };
}

function verdictDecision(input: VerdictInput): VerdictDecision {
  const { summaries, findings } = input;
  const repCount = input.reps.length;
  const notJudged = nothingJudged(input);
  const worst = summaries[0];
  if (worst === undefined || findings.length === 0) {
    if (notJudged) return notJudgedVerdict(input);
    const someChecksNotMade =
      input.notAssessable.length > 0 || input.reps.some((r) => (r.notAssessed ?? []).length > 0);
    return { level: 'clean', params: { repCount, someChecksNotMade } };
  }
  const seen: SeenFault = { fault: worst.id, reps: worst.reps };
  const stop = summaries.some((s) => s.worstSeverity === 'alert' && STOP_ON_ALERT.includes(s.id));
  if (stop) return { level: 'stop', params: seen };
  const fix = summaries.some(
    (s) =>
      s.worstSeverity === 'alert' ||
      (atLeast(s.worstSeverity, 'warn') &&
        (BACK_CHECKS.includes(s.id) || s.count > 1 || s.reps.length === 0)),
  );
  if (fix) return { level: 'fix_before_adding_load', params: seen };
  if (notJudged) return notJudgedVerdict(input, seen);
  return { level: 'minor', params: seen };
}

function notJudgedVerdict(input: VerdictInput, seen?: SeenFault): VerdictDecision {
  return {
    level: 'not_judged',
    params: { why: notJudgedWhy(input), repCount: input.reps.length, ...(seen && { seen }) },
  };
}

function seenText(seen: SeenFault): string {
  return `${FAULT_LABELS[seen.fault]} ${repsText(seen.reps)}`;
}

function notJudgedWhyText(why: NotJudgedWhy, n: number): string {
  if (why === 'no_reps') return 'no complete rep was found in this video, so nothing could be checked';
  const found = `${n} rep${n === 1 ? ' was' : 's were'} found, but neither back check (butt wink, depth) could be made`;
  if (why === 'poor_view') return `${found}: the camera view was too poor to measure the hips and knees`;
  if (why === 'not_side_on')
    return `${found}: the camera was not side-on, so the hip and knee angles could not be measured`;
  return `${found}: the hips, knees or ankles were not seen clearly enough in the reps`;
}

/** The verdict in one line: the JSON report's `headline`, and what every presenter shows. */
export function verdictHeadline(decision: VerdictDecision): string {
  switch (decision.level) {
    case 'clean': {
      const { repCount, someChecksNotMade } = decision.params;
      const caveat = someChecksNotMade
        ? ' in what could be judged (some checks were not possible, see below)'
        : '';
      return `Clean set: ${repCount} reps, no faults seen${caveat}.`;
    }
    case 'stop':
      return `Stop and lighten the load: ${seenText(decision.params)}.`;
    case 'fix_before_adding_load':
      return `Fix before adding load: ${seenText(decision.params)}.`;
    case 'minor':
      return `Mostly good; one thing to watch: ${seenText(decision.params)}.`;
    case 'not_judged': {
      const { why, repCount, seen } = decision.params;
      const also = seen !== undefined ? ` Seen anyway: ${seenText(seen)}.` : '';
      return `Not judged: ${notJudgedWhyText(why, repCount)}. ${REFILM_ADVICE}${also}`;
    }
  }
}

/** Most serious first: severity, then how often, then back-risk priority. */
export function compareSummaries(a: FaultSummary, b: FaultSummary): number {
  return (
    SEVERITY_RANK[b.worstSeverity] - SEVERITY_RANK[a.worstSeverity] ||
    b.count - a.count ||
    FAULT_PRIORITY[a.id] - FAULT_PRIORITY[b.id]
  );
}
