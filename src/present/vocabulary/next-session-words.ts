/**
 * The training log's next-session advice in words: src/log decides (a decision, and each rule's numbers and
 * sources); this module says it, for the terminal and for the web app (which never names a CLI command).
 */
import { loadRule, type NextDecision, type NextSession, type Reason } from '../../log/index.js';
import type { NextSessionJson, ReasonJson } from '../../formats/training-log/index.js';
import type { Surface } from './surface.js';
import { VERDICT_WORDS } from './verdict-words.js';

const kg = (v: number) => `${Number(v.toFixed(2))} kg`;

/** Where to check pain that the load rules say needs checking. */
export function triagePointer(surface: Surface): string {
  return surface === 'cli'
    ? 'Check the pain with the triage (`spotter triage`, or the back pain check on the web app’s Coach page): it says whether a doctor should see it.'
    : 'Check the pain with the back pain check (Coach page): it says whether a doctor should see it.';
}

function decisionWords(decision: NextDecision): string {
  switch (decision.code) {
    case 'start':
      return 'Nothing logged yet: start light and log each set.';
    case 'stop':
      return `Stop: pain ${decision.pain}/10. Check it before pressing again.`;
    case 'reduce':
      return `Reduce to ${kg(decision.loadKg)}: pain was worse the next morning.`;
    case 'hold_pain':
      return `Hold ${kg(decision.loadKg)}: pain had not settled by the next morning.`;
    case 'hold_form':
      return `Hold ${kg(decision.loadKg)}: fix the form first.`;
    case 'increase':
      return `Increase to ${kg(decision.loadKg)}.`;
    case 'hold':
      return `Hold ${kg(decision.loadKg)}.`;
  }
}

/** The advice's one line: the decision, then the rest still needed. */
export function nextHeadlineWords(next: NextSession): string {
  const rest = next.rest.ok ? '' : ` Rest first: not before ${next.rest.earliestIso}.`;
  return decisionWords(next.decision) + rest;
}

/** One reason in words, with this lifter's numbers. */
export function reasonWords(reason: Reason, surface: Surface): string {
  switch (reason.ruleId) {
    case 'rest_48h': {
      const p = reason.params;
      return `Your last hard leg session was ${p.hoursSinceLastHard} h ago; wait until ${p.earliestIso} (${p.minRestHours} h) before the next one.`;
    }
    case 'acwr_info':
      return `This week's volume load is ${reason.params.ratio.toFixed(2)} times your weekly mean of the last four weeks (a jump; information only).`;
    case 'first_session':
      return loadRule('first_session').text;
    case 'pain_stop': {
      const p = reason.params;
      return `Back pain reached ${p.pain}/10 in your last session (above ${p.painStopScore}/10). No leg pressing until it settles. ${triagePointer(surface)} Once cleared, restart at ${kg(p.restartKg)}.`;
    }
    case 'worse_next_morning': {
      const p = reason.params;
      const compared =
        p.comparedTo === 'morning_before'
          ? `the morning before (${p.comparedPain}/10)`
          : `right after the session (${p.comparedPain}/10)`;
      return `Pain the next morning was ${p.morningPain}/10, worse than ${compared}: the session was too much. Take ${p.reducePercent}% off: ${kg(p.fromKg)} -> ${kg(p.toKg)}. ${triagePointer(surface)}`;
    }
    case 'pain_not_settled': {
      const p = reason.params;
      return `Pain was still ${p.morningPain}/10 the next morning (not worse, not settled): keep ${kg(p.loadKg)} until it settles by the morning after.`;
    }
    case 'next_morning_missing':
      return 'No next-morning pain score for your last session: log one (0 if none) so overload can show up.';
    case 'hold_on_faults': {
      const p = reason.params;
      const problems = [
        ...(p.loadTooHeavy ? ['form broke down as the set went on'] : []),
        ...p.verdicts.map((v) => `the video verdict was "${VERDICT_WORDS[v].name}"`),
      ];
      return `In your last session ${problems.join(' and ')}: fix the form at ${kg(p.loadKg)} first.`;
    }
    case 'effort_out_of_range': {
      const p = reason.params;
      return p.rir < p.rirMin
        ? `Your last set went to failure (0 reps in reserve); aim to stop ${p.rirMin}-${p.rirMax} reps short.`
        : `Your last set had ${p.rir} reps in reserve: easier than the ${p.rirMin}-${p.rirMax} aimed for.`;
    }
    case 'progress_2_for_2': {
      const p = reason.params;
      const over =
        p.stepMaxPercentExceeded !== undefined
          ? ` One plate step is more than ${p.stepMaxPercentExceeded}% at this load; keep the rep goal honest.`
          : '';
      return `${p.reps} reps against a goal of ${p.targetReps} at ${kg(p.fromKg)} in ${p.sessions} sessions in a row: add ${p.percent}% rounded to your ${kg(p.incrementKg)} plates: ${kg(p.fromKg)} -> ${kg(p.toKg)}.${over}`;
    }
    case 'hold_until_2_for_2': {
      const p = reason.params;
      return p.beatLast
        ? `${p.reps} reps against a goal of ${p.targetReps} at ${kg(p.loadKg)}: once more in the next session and the load goes up.`
        : `${p.reps} reps against a goal of ${p.targetReps} at ${kg(p.loadKg)}: hold until you reach ${p.repsNeeded} in ${p.sessions} sessions in a row.`;
    }
  }
}

/** The advice in words, as `spotter log next --json` writes it and every presenter shows it. */
export function wordNextSession(next: NextSession, surface: Surface): NextSessionJson {
  const { reasons, ...rest } = next;
  return {
    ...rest,
    headline: nextHeadlineWords(next),
    reasons: reasons.map((r): ReasonJson => ({ ...r, text: reasonWords(r, surface) })),
  };
}
