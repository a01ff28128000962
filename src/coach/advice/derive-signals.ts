import type { FaultId, Severity } from '../../engine/index.js';
import type { AnswerSignal, Signal } from '../knowledge/signals.js';
import { recogniseConditions } from '../triage/known-conditions.js';
import type { PlanInput } from './types.js';

/** Pain above this (0-10) during training means stop (pain-monitoring model, evidence.md §5). */
export const PAIN_STOP_SCORE = 5;
/** Hours between hard leg sessions (evidence.md §5, lay/ACSM-derived [conv]). */
export const MIN_REST_HOURS = 48;
/** Acute:chronic load ratio flagged as a jump; informational only (evidence.md §5). */
export const LOAD_JUMP_RATIO = 1.5;

export interface DerivedSignals {
  /** Faults in the video report with their worst severity. */
  readonly faults: ReadonlyMap<FaultId, Severity>;
  readonly answers: ReadonlySet<AnswerSignal>;
  /** Whether the person reported any pain at all (answers or history). */
  readonly inPain: boolean;
}

/** Turns a report, triage answers and history into the signals knowledge items are keyed on. */
export function deriveSignals({ report, triage, history }: PlanInput): DerivedSignals {
  const faults = new Map<FaultId, Severity>();
  for (const summary of report?.faults ?? []) faults.set(summary.id, summary.worstSeverity);

  const answers = new Set<AnswerSignal>();
  const a = triage?.answers;
  if (a?.onset === 'during_set') answers.add('pain_during_set');
  if (a?.onset === 'gradual') answers.add('pain_gradual');
  if (a?.painWorseNextMorning === true || history?.painWorseNextMorning === true) {
    answers.add('pain_worse_next_morning');
  }
  const painScore = Math.max(a?.painScore ?? 0, history?.lastPainDuringScore ?? 0);
  if (painScore > PAIN_STOP_SCORE) answers.add('pain_above_5');
  if (a?.radiatesBelowKnee === true) answers.add('radiates_below_knee');
  if (a?.numbnessOrTingling === true) answers.add('numbness_or_tingling');
  const { known } = recogniseConditions(a?.knownConditions ?? []);
  if (known.includes('spinal_stenosis')) answers.add('known_spinal_stenosis');
  if (known.includes('herniated_disc')) answers.add('known_herniated_disc');
  if (history?.hoursSinceLastLegSession !== undefined && history.hoursSinceLastLegSession < MIN_REST_HOURS) {
    answers.add('short_rest');
  }
  if (history?.acuteChronicLoadRatio !== undefined && history.acuteChronicLoadRatio >= LOAD_JUMP_RATIO) {
    answers.add('load_jump');
  }

  // Someone who answers the pain questions is assumed to be in pain unless they scored it 0.
  const answeredPain = triage !== undefined && (a?.painScore == null || a.painScore > 0);
  const inPain =
    answeredPain || painScore > 0 || answers.has('pain_worse_next_morning') || answers.has('pain_during_set');
  return { faults, answers, inPain };
}

/** Whether a fault or an answer/history signal is present. */
export function hasSignal(derived: DerivedSignals, signal: Signal): boolean {
  return derived.faults.has(signal as FaultId) || derived.answers.has(signal as AnswerSignal);
}

/** Weight of a present signal: faults by severity, answer/history signals as given; 0 when absent. */
export function signalWeight(
  derived: DerivedSignals,
  signal: Signal,
  severityWeight: Readonly<Record<Severity, number>>,
  answerWeight: number,
): number {
  const severity = derived.faults.get(signal as FaultId);
  if (severity) return severityWeight[severity];
  return derived.answers.has(signal as AnswerSignal) ? answerWeight : 0;
}
