/**
 * The plan's own rules, not knowledge items: stop now, the care the triage asks for, what the video could not
 * judge, and when to see someone. Codes and parameters only; src/present/vocabulary words them.
 */
import type { AnalysisReport } from '../../engine/index.js';
import { loadKnowledge } from '../knowledge/load-knowledge.js';
import type { TriageResult } from '../triage/types.js';
import { PAIN_STOP_SCORE, type DerivedSignals } from './derive-signals.js';
import { STOP_AND_UNLOAD } from './plan-tables.js';
import type { PlanInput, PlanItem, PlanMode } from './types.js';

const CARE_SOURCES = ['evidence.md §6'];

export function stopNowItems(input: PlanInput, derived: DerivedSignals, mode: PlanMode): PlanItem[] {
  const items: PlanItem[] = [];
  if (mode === 'clinician_first') {
    items.push({
      id: 'stop_leg_press',
      code: 'stop_leg_press',
      because: { code: 'triage_reasons', params: { reasons: input.triage!.reasons } },
      sources: CARE_SOURCES,
    });
  } else if (derived.answers.has('pain_above_5')) {
    items.push({
      id: 'stop_pain_above_5',
      code: 'stop_pain_above',
      params: { painStopScore: PAIN_STOP_SCORE },
      because: { code: 'pain_above', params: { painStopScore: PAIN_STOP_SCORE } },
      sources: ['evidence.md §5'],
    });
  }
  if (derived.answers.has('pain_during_set')) {
    const unload = loadKnowledge().relief.find((r) => r.id === STOP_AND_UNLOAD)!;
    items.push({
      id: unload.id,
      code: 'relief',
      params: { id: unload.id },
      because: { code: 'pain_during_set' },
      sources: unload.sources,
    });
  }
  const alerts = [...derived.faults].filter(([, sev]) => sev === 'alert').map(([id]) => id);
  if (alerts.length > 0 || input.report?.verdict.level === 'stop') {
    items.push({
      id: 'no_more_load',
      code: 'no_more_load',
      because:
        alerts.length > 0
          ? { code: 'alert_faults', params: { faults: alerts } }
          : { code: 'verdict', params: { headline: input.report!.verdict.headline } },
      sources: ['evidence.md §5'],
    });
  }
  return items;
}

/** The red-flag plan's only advice: no more training today. */
export const STOP_TRAINING: PlanItem = { id: 'stop_training', code: 'stop_training', sources: CARE_SOURCES };

/** The care the triage level asks for, and (when asked) the safety questions still unanswered. */
export function triageItems(triage: TriageResult, withUnanswered: boolean): PlanItem[] {
  const items: PlanItem[] = [
    {
      id: `triage_${triage.level}`,
      code: 'triage_care',
      params: {
        level: triage.level,
        steps: triage.steps,
        reasons: triage.reasons,
      },
      sources: CARE_SOURCES,
    },
  ];
  if (withUnanswered && triage.unanswered.length > 0) {
    items.push({
      id: 'triage_unanswered',
      code: 'triage_unanswered',
      params: { fields: triage.unanswered.map((u) => u.field) },
      sources: CARE_SOURCES,
    });
  }
  return items;
}

/** When to see someone, for a lifter looking after it themselves (or not yet asked about pain). */
export function selfCareEscalation(triage: TriageResult | undefined): PlanItem[] {
  return [
    ...(triage === undefined
      ? [{ id: 'answer_pain_questions', code: 'answer_pain_questions', sources: CARE_SOURCES } as const]
      : []),
    { id: 'see_if_not_better', code: 'see_if_not_better', sources: CARE_SOURCES },
    { id: 'emergency_signs', code: 'emergency_signs', sources: CARE_SOURCES },
  ];
}

/** Faults the video could not judge, so "no finding" is not read as "no problem". */
export function notJudgedItems(report: AnalysisReport | undefined): PlanItem[] {
  if (!report || report.notAssessable.length === 0) return [];
  return [
    {
      id: 'not_judged',
      code: 'not_judged',
      params: { checks: report.notAssessable },
      sources: ['evidence.md §2'],
    },
  ];
}

/** A set the video could not judge at all: say so before any fix, with how to film one that can be judged. */
export function setNotJudgedItems(report: AnalysisReport | undefined): PlanItem[] {
  if (report?.verdict.level !== 'not_judged') return [];
  return [{ id: 'set_not_judged', code: 'set_not_judged', sources: ['evidence.md §2'] }];
}
