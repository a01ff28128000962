/**
 * The next-session recommendation: load, whether enough rest has passed, and every reason with its rule and
 * sources. Pain rules come first (stop, reduce, hold), then form (hold), then 2-for-2 progression; rest and the
 * acute:chronic ratio are reported beside the load advice. Pure: "now" is an input.
 */
import type { SourceId } from '../coach/index.js';
import { acuteChronicRatio, type AcuteChronicRatio } from './acute-chronic.js';
import { LOAD_RULE_CONFIG as C, loadRule, type LoadRuleId } from './load-rules.js';
import { plateStep, roundToIncrement } from './round-load.js';
import { groupSessions, referenceSet, sessionPain } from './sessions.js';
import { HOUR_MS, isoOffsetMin, isoToMs, msToIso } from './time.js';
import type { LoggedSet, Session, TrainingLog } from './types.js';

export type NextAction = 'start' | 'stop' | 'reduce' | 'hold' | 'increase';

export interface Reason {
  readonly ruleId: LoadRuleId;
  /** This lifter's case in plain words, with the numbers. */
  readonly text: string;
  readonly sources: readonly SourceId[];
}

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
  /** One line for the lifter. */
  readonly headline: string;
  /** Most important first. */
  readonly reasons: readonly Reason[];
}

export const TRIAGE_POINTER =
  'Check the pain with the triage (`spotter triage`, or the Coach page in the web app): it says whether a doctor should see it.';

function reason(ruleId: LoadRuleId, text: string): Reason {
  return { ruleId, text, sources: loadRule(ruleId).sources };
}

const kg = (v: number) => `${Number(v.toFixed(2))} kg`;

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

/** Form problems of the session that say "not more load yet", in words; empty when none. */
function formProblems(session: Session): string[] {
  const problems = new Set<string>();
  for (const set of session.sets) {
    const a = set.analysis;
    if (a === undefined) continue;
    if (a.faults.some((f) => f.id === 'load_too_heavy'))
      problems.add('form broke down as the set went on (load_too_heavy)');
    if (a.verdict !== undefined && HOLD_VERDICTS.has(a.verdict)) {
      problems.add(`the video verdict was "${a.verdict.replace(/_/g, ' ')}"`);
    }
  }
  return [...problems];
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

  const finish = (action: NextAction, loadKg: number | null, headline: string): NextSession => {
    if (!rest.ok && rest.hoursSinceLastHard !== null) {
      reasons.push(
        reason(
          'rest_48h',
          `Your last hard leg session was ${rest.hoursSinceLastHard} h ago; wait until ${rest.earliestIso} (${C.minRestHours} h) before the next one.`,
        ),
      );
    }
    if (acwr.flagged && acwr.ratio !== null) {
      reasons.push(
        reason(
          'acwr_info',
          `This week's volume load is ${acwr.ratio.toFixed(2)} times your weekly mean of the last four weeks (a jump; information only).`,
        ),
      );
    }
    const restNote = rest.ok ? '' : ` Rest first: not before ${rest.earliestIso}.`;
    return {
      nowIso,
      action,
      loadKg,
      lastLoadKg: last?.topLoadKg ?? null,
      targetReps: log.settings.targetReps,
      rest,
      seeTriage: action === 'stop' || reasons.some((r) => r.ruleId === 'worse_next_morning'),
      acwr,
      headline: headline + restNote,
      reasons,
    };
  };

  if (last === undefined) {
    reasons.push(reason('first_session', loadRule('first_session').text));
    return finish('start', null, 'Nothing logged yet: start light and log each set.');
  }

  const load = last.topLoadKg;
  const during = sessionPain(last, 'during');
  const after = sessionPain(last, 'after');
  const morning = sessionPain(last, 'nextMorning');
  const worst = Math.max(during ?? 0, after ?? 0, morning ?? 0);

  // 1. Pain above the stop score at any time: stop and check it; resume lower once cleared.
  if (worst > C.painStopScore) {
    const reduced = reducedLoad(load, increment);
    reasons.push(
      reason(
        'pain_stop',
        `Back pain reached ${worst}/10 in your last session (above ${C.painStopScore}/10). No leg pressing until it settles. ${TRIAGE_POINTER} Once cleared, restart at ${kg(reduced)}.`,
      ),
    );
    return finish('stop', reduced, `Stop: pain ${worst}/10. Check it before pressing again.`);
  }

  // 2. Next-morning pain worse than after the session, or than the morning before it: reduce.
  if (morning !== undefined) {
    const previous = sessions[sessions.length - 2];
    const morningBefore = previous === undefined ? undefined : sessionPain(previous, 'nextMorning');
    const baseline = Math.max(after ?? during ?? 0, morningBefore ?? 0);
    if (morning > baseline) {
      const reduced = reducedLoad(load, increment);
      const compared =
        morningBefore !== undefined && morningBefore >= (after ?? during ?? 0)
          ? `the morning before (${morningBefore}/10)`
          : `right after the session (${after ?? during ?? 0}/10)`;
      reasons.push(
        reason(
          'worse_next_morning',
          `Pain the next morning was ${morning}/10, worse than ${compared}: the session was too much. Take ${C.reducePercent}% off: ${kg(load)} -> ${kg(reduced)}. ${TRIAGE_POINTER}`,
        ),
      );
      return finish('reduce', reduced, `Reduce to ${kg(reduced)}: pain was worse the next morning.`);
    }
    if (morning > 0) {
      reasons.push(
        reason(
          'pain_not_settled',
          `Pain was still ${morning}/10 the next morning (not worse, not settled): keep ${kg(load)} until it settles by the morning after.`,
        ),
      );
      return finish('hold', load, `Hold ${kg(load)}: pain had not settled by the next morning.`);
    }
  } else {
    reasons.push(
      reason(
        'next_morning_missing',
        'No next-morning pain score for your last session: log one (0 if none) so overload can show up.',
      ),
    );
  }

  // 3. Form that broke down in the video: fix it at this load first.
  const problems = formProblems(last);
  if (problems.length > 0) {
    reasons.push(
      reason(
        'hold_on_faults',
        `In your last session ${problems.join(' and ')}: fix the form at ${kg(load)} first.`,
      ),
    );
    return finish('hold', load, `Hold ${kg(load)}: fix the form first.`);
  }

  // 4. 2-for-2 progression over the last sessions at this load.
  const ref = referenceSet(last);
  const target = targetOf(ref, log);
  if (ref.rir !== undefined && (ref.rir < C.rirMin || ref.rir > C.rirMax)) {
    reasons.push(
      reason(
        'effort_out_of_range',
        ref.rir < C.rirMin
          ? `Your last set went to failure (0 reps in reserve); aim to stop ${C.rirMin}-${C.rirMax} reps short.`
          : `Your last set had ${ref.rir} reps in reserve: easier than the ${C.rirMin}-${C.rirMax} aimed for.`,
      ),
    );
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
      reason(
        'progress_2_for_2',
        `${ref.reps} reps against a goal of ${target} at ${kg(load)} in ${C.progressionSessions} sessions in a row: add ${percent}% rounded to your ${kg(increment)} plates: ${kg(load)} -> ${kg(next)}.` +
          (overStep
            ? ` One plate step is more than ${C.stepMaxPercent}% at this load; keep the rep goal honest.`
            : ''),
      ),
    );
    return finish('increase', next, `Increase to ${kg(next)}.`);
  }
  const beatLast = beatTarget(last, log);
  reasons.push(
    reason(
      'hold_until_2_for_2',
      beatLast
        ? `${ref.reps} reps against a goal of ${target} at ${kg(load)}: once more in the next session and the load goes up.`
        : `${ref.reps} reps against a goal of ${target} at ${kg(load)}: hold until you reach ${target + C.progressionRepsOverTarget} in ${C.progressionSessions} sessions in a row.`,
    ),
  );
  return finish('hold', load, `Hold ${kg(load)}.`);
}
