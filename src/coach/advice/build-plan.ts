/**
 * The advice engine: a video report, a triage result and training history in; one prioritised plan out, as
 * codes with parameters (src/present/vocabulary words it). A red-flag triage level overrides everything: the
 * plan then only says stop and get care. The tables are in plan-tables.ts; the choices in the select modules.
 */
import { loadKnowledge } from '../knowledge/load-knowledge.js';
import type { Signal } from '../knowledge/signals.js';
import type { TriageResult } from '../triage/types.js';
import { deriveSignals } from './derive-signals.js';
import { causeItem, rankCauses } from './rank-causes.js';
import {
  notJudgedItems,
  selfCareEscalation,
  setNotJudgedItems,
  STOP_TRAINING,
  stopNowItems,
  triageItems,
} from './safety-items.js';
import { fixItems } from './select-fixes.js';
import { alternativeItems, prehabItems, reliefItems } from './select-training-items.js';
import type { CoachPlan, PlanHeadline, PlanInput, PlanMode, PlanSection } from './types.js';

export function buildPlan(input: PlanInput): CoachPlan {
  const kb = loadKnowledge();
  const derived = deriveSignals(input);
  const signals: Signal[] = [...derived.faults.keys(), ...derived.answers];
  const mode = modeOf(input.triage);

  if (mode === 'red_flag') {
    const triage = input.triage!;
    return {
      mode,
      headline: { code: 'triage', params: { level: triage.level } },
      sections: [
        { id: 'stop_now', items: [STOP_TRAINING] },
        { id: 'see_someone', items: triageItems(triage, false) },
      ],
      signals,
    };
  }

  const causes = rankCauses(kb, derived);
  const sections: PlanSection[] = [
    { id: 'stop_now', items: stopNowItems(input, derived, mode) },
    ...(mode === 'clinician_first'
      ? [{ id: 'see_someone', items: triageItems(input.triage!, true) } as const]
      : []),
    { id: 'why', items: [...causes.map((c) => causeItem(c, derived)), ...notJudgedItems(input.report)] },
    {
      id: 'next_session',
      items: [...setNotJudgedItems(input.report), ...fixItems(kb, derived, causes, input.report)],
      ...(mode === 'clinician_first' && { afterClearance: true }),
    },
    { id: 'relief', items: derived.inPain ? reliefItems(kb) : [] },
    { id: 'prehab', items: mode === 'coach' ? prehabItems(kb, derived) : [] },
    { id: 'alternatives', items: mode === 'coach' && derived.inPain ? alternativeItems(kb, derived) : [] },
    ...(mode === 'coach' ? [{ id: 'see_someone', items: selfCareEscalation(input.triage) } as const] : []),
  ];
  return {
    mode,
    headline: headlineOf(mode, input),
    sections: sections.filter((s) => s.items.length > 0),
    signals,
  };
}

function modeOf(triage: TriageResult | undefined): PlanMode {
  if (!triage) return 'coach';
  if (!triage.trainingAdviceAllowed) return 'red_flag';
  return triage.level === 'see_clinician' ? 'clinician_first' : 'coach';
}

function headlineOf(mode: PlanMode, { report, triage }: PlanInput): PlanHeadline {
  if (mode === 'clinician_first' && triage) return { code: 'triage', params: { level: triage.level } };
  if (report) return { code: 'verdict', params: { headline: report.verdict.headline } };
  if (triage) return { code: 'triage', params: { level: triage.level } };
  return { code: 'checklist' };
}
