/**
 * The next-session recommendation: load, whether enough rest has passed, and every reason with its rule, its
 * numbers and sources. Pain rules come first (stop, reduce, hold), then form (hold), then 2-for-2 progression;
 * rest and the acute:chronic ratio are reported beside the load advice. Pure: "now" is an input. Codes and
 * numbers only: the presenters word them (src/present/vocabulary/next-session-words.ts).
 */
import type { SourceId } from '../coach/index.js';
import type { Verdict } from '../engine/index.js';
import { acuteChronicRatio, type AcuteChronicRatio } from './acute-chronic.js';
import { LOAD_RULE_CONFIG as C, loadRule, type LoadRuleId } from './load-rules.js';
import { plateStep, roundToIncrement } from './round-load.js';
import { groupSessions, referenceSet, sessionPain } from './sessions.js';
import { HOUR_MS, isoOffsetMin, isoToMs, msToIso } from './time.js';
import type { LoggedSet, Session, TrainingLog } from './types.js';

export type NextAction = 'start' | 'stop' | 'reduce' | 'hold' | 'increase';

/** Each rule's numbers for this lifter's case (loads in kg, pain 0-10). */
export interface ReasonParams {
  readonly rest_48h: {
    readonly hoursSinceLastHard: number;
    readonly earliestIso: string;
    readonly minRestHours: number;
  };
  readonly acwr_info: { readonly ratio: number };
  readonly first_session: Record<string, never>;
  readonly pain_stop: { readonly pain: number; readonly painStopScore: number; readonly restartKg: number };
  readonly worse_next_morning: {
    readonly morningPain: number;
    /** What the morning was worse than: the morning before the session, or right after it. */
    readonly comparedTo: 'morning_before' | 'after_session';
    readonly comparedPain: number;
    readonly reducePercent: number;
    readonly fromKg: number;
    readonly toKg: number;
  };
  readonly pain_not_settled: { readonly morningPain: number; readonly loadKg: number };
  readonly next_morning_missing: Record<string, never>;
  readonly hold_on_faults: {
    /** The video showed form breaking down as the set went on (load_too_heavy). */
    readonly loadTooHeavy: boolean;
    /** Video verdicts that say "not more load yet". */
    readonly verdicts: readonly Verdict[];
    readonly loadKg: number;
  };
  readonly effort_out_of_range: { readonly rir: number; readonly rirMin: number; readonly rirMax: number };
  readonly progress_2_for_2: {
    readonly reps: number;
    readonly targetReps: number;
    readonly sessions: number;
    readonly percent: number;
    readonly incrementKg: number;
    readonly fromKg: number;
    readonly toKg: number;
    /** Set when one plate step is more than this percentage at this load. */
    readonly stepMaxPercentExceeded?: number;
  };
  readonly hold_until_2_for_2: {
    readonly reps: number;
    readonly targetReps: number;
    readonly loadKg: number;
    /** The last session beat the goal: once more and the load goes up. */
    readonly beatLast: boolean;
    readonly repsNeeded: number;
    readonly sessions: number;
  };
}

/** One rule that shaped the advice: its id, this case's numbers and the rule's sources. */
export type Reason = {
  readonly [K in LoadRuleId]: {
    readonly ruleId: K;
    readonly params: ReasonParams[K];
    readonly sources: readonly SourceId[];
  };
}[LoadRuleId];

/** What the advice leads with; `loadKg` and `pain` where the decision has them. */
export type NextDecision =
  | { readonly code: 'start' }
  | { readonly code: 'stop'; readonly pain: number }
  | { readonly code: 'reduce'; readonly loadKg: number }
  | { readonly code: 'hold_pain' | 'hold_form' | 'hold' | 'increase'; readonly loadKg: number };

export interface RestCheck {
  readonly ok: boolean;
  readonly hoursSinceLastHard: number | null;
  /** When 48 h after the last hard session will have passed (in that session's UTC offset); null if no hard session. */
  readonly earliestIso: string | null;
}

export interface NextSession {
  readonly nowIso: string;
  readonly action: NextAction;
  /** Recommended working load for the next session, kg; null with nothing logged. */
  readonly loadKg: number | null;
  readonly lastLoadKg: number | null;
  readonly targetReps: number;
  readonly rest: RestCheck;
  /** Pain rules fired: check the pain with the triage (`spotter triage`, the Coach page) before pressing. */
  readonly seeTriage: boolean;
  readonly acwr: AcuteChronicRatio;
  /** What the advice leads with (worded with the rest check by the presenters). */
  readonly decision: NextDecision;
  /** Most important first. */
  readonly reasons: readonly Reason[];
}

function reason<K extends LoadRuleId>(ruleId: K, params: ReasonParams[K]): Reason {
  return { ruleId, params, sources: loadRule(ruleId).sources } as Reason;
}

function targetOf(set: LoggedSet, log: TrainingLog): number {
  return set.targetReps ?? log.settings.targetReps;
}

/** Whether the session's last set at its top load beat its rep goal by the 2-for-2 margin. */
function beatTarget(session: Session, log: TrainingLog): boolean {
  const ref = referenceSet(session);
  return ref.reps >= targetOf(ref, log) + C.progressionRepsOverTarget;
}

function reducedLoad(loadKg: number, incrementKg: number): number {
  const cut = plateStep(loadKg, C.reducePercent, incrementKg);
  return Math.max(0, roundToIncrement(loadKg - cut, incrementKg));
}

function restCheck(sessions: readonly Session[], nowMs: number): RestCheck {
  const lastHard = [...sessions].reverse().find((s) => s.hard);
  if (lastHard === undefined) return { ok: true, hoursSinceLastHard: null, earliestIso: null };
  const hours = (nowMs - lastHard.endMs) / HOUR_MS;
  const offset = isoOffsetMin(lastHard.sets[lastHard.sets.length - 1]!.atIso);
  return {
    ok: hours >= C.minRestHours,
    hoursSinceLastHard: Number(hours.toFixed(1)),
    earliestIso: msToIso(lastHard.endMs + C.minRestHours * HOUR_MS, offset),
  };
}

const HOLD_VERDICTS = new Set(['fix_before_adding_load', 'stop']);

/** Form problems of the session that say "not more load yet"; null when none. */
function formProblems(session: Session): { loadTooHeavy: boolean; verdicts: Verdict[] } | null {
  let loadTooHeavy = false;
  const verdicts = new Set<Verdict>();
  for (const set of session.sets) {
    const a = set.analysis;
    if (a === undefined) continue;
    if (a.faults.some((f) => f.id === 'load_too_heavy')) loadTooHeavy = true;
    if (a.verdict !== undefined && HOLD_VERDICTS.has(a.verdict)) verdicts.add(a.verdict);
  }
  return loadTooHeavy || verdicts.size > 0 ? { loadTooHeavy, verdicts: [...verdicts] } : null;
}

/** The recommendation for the next session from the log as it stands at `nowIso`. */
export function recommendNext(log: TrainingLog, nowIso: string): NextSession {
  const nowMs = isoToMs(nowIso);
  const sessions = groupSessions(log.sets, nowMs);
  const acwr = acuteChronicRatio(log, nowIso);
  const rest = restCheck(sessions, nowMs);
  const increment = log.settings.plateIncrementKg;
  const reasons: Reason[] = [];
  const last = sessions[sessions.length - 1];

  const finish = (action: NextAction, loadKg: number | null, decision: NextDecision): NextSession => {
    if (!rest.ok && rest.hoursSinceLastHard !== null && rest.earliestIso !== null) {
      reasons.push(
        reason('rest_48h', {
          hoursSinceLastHard: rest.hoursSinceLastHard,
          earliestIso: rest.earliestIso,
          minRestHours: C.minRestHours,
        }),
      );
    }
    if (acwr.flagged && acwr.ratio !== null) reasons.push(reason('acwr_info', { ratio: acwr.ratio }));
    return {
      nowIso,
      action,
      loadKg,
      lastLoadKg: last?.topLoadKg ?? null,
      targetReps: log.settings.targetReps,
      rest,
      seeTriage: action === 'stop' || reasons.some((r) => r.ruleId === 'worse_next_morning'),
      acwr,
      decision,
      reasons,
    };
  };

  if (last === undefined) {
    reasons.push(reason('first_session', {}));
    return finish('start', null, { code: 'start' });
  }

  const load = last.topLoadKg;
  const during = sessionPain(last, 'during');
  const after = sessionPain(last, 'after');
  const morning = sessionPain(last, 'nextMorning');
  const worst = Math.max(during ?? 0, after ?? 0, morning ?? 0);

  // 1. Pain above the stop score at any time: stop and check it; resume lower once cleared.
  if (worst > C.painStopScore) {
    const reduced = reducedLoad(load, increment);
    reasons.push(reason('pain_stop', { pain: worst, painStopScore: C.painStopScore, restartKg: reduced }));
    return finish('stop', reduced, { code: 'stop', pain: worst });
  }

  // 2. Next-morning pain worse than after the session, or than the morning before it: reduce.
  if (morning !== undefined) {
    const previous = sessions[sessions.length - 2];
    const morningBefore = previous === undefined ? undefined : sessionPain(previous, 'nextMorning');
    const baseline = Math.max(after ?? during ?? 0, morningBefore ?? 0);
    if (morning > baseline) {
      const reduced = reducedLoad(load, increment);
      const afterSession = after ?? during ?? 0;
      const vsMorningBefore = morningBefore !== undefined && morningBefore >= afterSession;
      reasons.push(
        reason('worse_next_morning', {
          morningPain: morning,
          comparedTo: vsMorningBefore ? 'morning_before' : 'after_session',
          comparedPain: vsMorningBefore ? morningBefore : afterSession,
          reducePercent: C.reducePercent,
          fromKg: load,
          toKg: reduced,
        }),
      );
      return finish('reduce', reduced, { code: 'reduce', loadKg: reduced });
    }
    if (morning > 0) {
      reasons.push(reason('pain_not_settled', { morningPain: morning, loadKg: load }));
      return finish('hold', load, { code: 'hold_pain', loadKg: load });
    }
  } else {
    reasons.push(reason('next_morning_missing', {}));
  }

  // 3. Form that broke down in the video: fix it at this load first.
  const problems = formProblems(last);
  if (problems !== null) {
    reasons.push(reason('hold_on_faults', { ...problems, loadKg: load }));
    return finish('hold', load, { code: 'hold_form', loadKg: load });
  }

  // 4. 2-for-2 progression over the last sessions at this load.
  const ref = referenceSet(last);
  const target = targetOf(ref, log);
  if (ref.rir !== undefined && (ref.rir < C.rirMin || ref.rir > C.rirMax)) {
    reasons.push(reason('effort_out_of_range', { rir: ref.rir, rirMin: C.rirMin, rirMax: C.rirMax }));
  }
  const streak = sessions
    .slice(-C.progressionSessions)
    .filter((s) => s.topLoadKg === load && beatTarget(s, log)).length;
  if (streak >= C.progressionSessions) {
    const easy = ref.rir !== undefined && ref.rir > C.rirMax;
    const percent = easy ? C.stepMaxPercent : C.stepMinPercent;
    const next = roundToIncrement(load + plateStep(load, percent, increment), increment);
    const overStep = ((next - load) / load) * 100 > C.stepMaxPercent + 1e-9;
    reasons.push(
      reason('progress_2_for_2', {
        reps: ref.reps,
        targetReps: target,
        sessions: C.progressionSessions,
        percent,
        incrementKg: increment,
        fromKg: load,
        toKg: next,
        ...(overStep && { stepMaxPercentExceeded: C.stepMaxPercent }),
      }),
    );
    return finish('increase', next, { code: 'increase', loadKg: next });
  }
  const beatLast = beatTarget(last, log);
  reasons.push(
    reason('hold_until_2_for_2', {
      reps: ref.reps,
      targetReps: target,
      loadKg: load,
      beatLast,
      repsNeeded: target + C.progressionRepsOverTarget,
      sessions: C.progressionSessions,
    }),
  );
  return finish('hold', load, { code: 'hold', loadKg: load });
}
