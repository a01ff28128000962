/** The likely causes: scored by the signals that point at them (faults by severity), most likely first. */
import type { Cause, KnowledgeBase } from '../knowledge/types.js';
import { hasSignal, signalWeight, type DerivedSignals } from './derive-signals.js';
import { ANSWER_WEIGHT, MAX_CAUSES, SEVERITY_WEIGHT } from './plan-tables.js';
import type { PlanItem } from './types.js';

export function rankCauses(kb: KnowledgeBase, derived: DerivedSignals): Cause[] {
  const scored = kb.causes
    .map((cause, order) => ({ cause, order, score: causeScore(cause, derived) }))
    .filter((c) => c.score > 0);
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return scored.slice(0, MAX_CAUSES).map((c) => c.cause);
}

function causeScore(cause: Cause, derived: DerivedSignals): number {
  let score = 0;
  for (const signal of cause.pointedToBy) {
    score += signalWeight(derived, signal, SEVERITY_WEIGHT, ANSWER_WEIGHT);
  }
  return score;
}

/** A cause as a plan item, with the signals present that point at it. */
export function causeItem(cause: Cause, derived: DerivedSignals): PlanItem {
  return {
    id: cause.id,
    code: 'cause',
    params: { id: cause.id },
    because: {
      code: 'pointed_to_by',
      params: { signals: cause.pointedToBy.filter((s) => hasSignal(derived, s)) },
    },
    sources: cause.sources,
  };
}
