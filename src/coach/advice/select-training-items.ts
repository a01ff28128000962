/**
 * Relief for today, prehab for the weeks ahead and what to train instead while it settles: which knowledge
 * items make the plan, in what order. The words are the knowledge base's; the details' labels the presenters'.
 */
import type { Signal } from '../knowledge/signals.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import { hasSignal, type DerivedSignals } from './derive-signals.js';
import { MAX_ALTERNATIVES, PREHAB_TARGETS, SPINE_ORDER, STOP_AND_UNLOAD } from './plan-tables.js';
import type { KnowledgeKind, PlanItem } from './types.js';

const item = (
  code: Exclude<KnowledgeKind, 'fix'>,
  { id, sources }: { readonly id: string; readonly sources: PlanItem['sources'] },
): PlanItem => ({ id, code, params: { id }, sources });

export function reliefItems(kb: KnowledgeBase): PlanItem[] {
  return [...kb.relief]
    .filter((r) => r.id !== STOP_AND_UNLOAD)
    .sort((a, b) => a.order - b.order)
    .map((r) => item('relief', r));
}

export function prehabItems(kb: KnowledgeBase, derived: DerivedSignals): PlanItem[] {
  const wanted = (target: keyof typeof PREHAB_TARGETS) => {
    const { inPain, faults } = PREHAB_TARGETS[target];
    return (inPain && derived.inPain) || faults.some((id) => derived.faults.has(id));
  };
  return kb.prehab.filter((p) => wanted(p.target)).map((p) => item('prehab', p));
}

export function alternativeItems(kb: KnowledgeBase, derived: DerivedSignals): PlanItem[] {
  const present = (s: Signal) => hasSignal(derived, s);
  const allowed = kb.alternatives.filter((alt) => !alt.avoidWhen.some(present));
  // Keep pressing in an easier form when possible; otherwise the least spine load first.
  allowed.sort(
    (a, b) =>
      (a.kind === b.kind ? 0 : a.kind === 'regression' ? -1 : 1) ||
      SPINE_ORDER[a.spineLoad] - SPINE_ORDER[b.spineLoad],
  );
  return allowed.slice(0, MAX_ALTERNATIVES).map((alt) => item('alternative', alt));
}
