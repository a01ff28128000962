/**
 * The fixes for next session. Each fault seen and each likely cause scores the fixes that answer it; what the
 * lifter told us about rest and pain always makes the list; every fault seen gets its best own fix; the rest
 * of the places go by score. With nothing to go on, the setup checklist.
 */
import type { AnalysisReport, FaultId } from '../../engine/index.js';
import type { Cause, KnowledgeBase } from '../knowledge/types.js';
import type { DerivedSignals } from './derive-signals.js';
import {
  ANSWER_WEIGHT,
  BASELINE_FIXES,
  MAX_FIX_REASONS,
  MAX_FIXES,
  SAFE_DEPTH_FIXES,
  SEVERITY_WEIGHT,
} from './plan-tables.js';
import type { FixReason, PlanItem } from './types.js';

export function fixItems(
  kb: KnowledgeBase,
  derived: DerivedSignals,
  causes: readonly Cause[],
  report: AnalysisReport | undefined,
): PlanItem[] {
  const score = new Map<string, number>();
  const why = new Map<string, FixReason[]>();
  const add = (fixId: string, points: number, reason: FixReason) => {
    score.set(fixId, (score.get(fixId) ?? 0) + points);
    const reasons = why.get(fixId) ?? [];
    if (!reasons.some((r) => sameReason(r, reason))) reasons.push(reason);
    why.set(fixId, reasons);
  };
  for (const fix of kb.fixes) {
    for (const faultId of fix.forFaults) {
      const severity = derived.faults.get(faultId);
      if (severity) add(fix.id, SEVERITY_WEIGHT[severity], { signal: faultId });
    }
  }
  for (const cause of causes) {
    for (const fixId of cause.fixIds) add(fixId, 1, { cause: cause.id });
  }
  // What the lifter told us (or their training log shows) about rest and pain always makes the list: a set
  // with many faults must not crowd out "rest 48 h" after a short break.
  const fromAnswers: string[] = [];
  for (const signal of ['short_rest', 'pain_worse_next_morning'] as const) {
    if (derived.answers.has(signal)) {
      add('rest_48h', ANSWER_WEIGHT, { signal });
      fromAnswers.push('rest_48h');
    }
  }
  // Worse the next morning means the last session was more than the back tolerated (evidence.md §5).
  if (derived.answers.has('pain_worse_next_morning')) {
    add('reduce_load', ANSWER_WEIGHT, { signal: 'pain_worse_next_morning' });
    fromAnswers.push('reduce_load');
  }
  if (score.size === 0)
    BASELINE_FIXES.forEach((id, i) => add(id, BASELINE_FIXES.length - i, { checklist: true }));

  const order = (id: string) => kb.fixes.findIndex((f) => f.id === id);
  const ranked = [...score.keys()].sort((a, b) => score.get(b)! - score.get(a)! || order(a) - order(b));
  // Every fault seen gets its best own fix (a form/setup/tempo one before the generic load cut),
  // most severe fault first; the remaining places go by score.
  const chosen: string[] = [...new Set(fromAnswers)];
  const covers = (id: string, faultId: FaultId) =>
    kb.fixes.find((f) => f.id === id)!.forFaults.includes(faultId);
  const isLoadFix = (id: string) => kb.fixes.find((f) => f.id === id)!.kind === 'load';
  const faultsBySeverity = [...derived.faults].sort((a, b) => SEVERITY_WEIGHT[b[1]] - SEVERITY_WEIGHT[a[1]]);
  for (const [faultId] of faultsBySeverity) {
    const best =
      ranked.find((id) => covers(id, faultId) && !isLoadFix(id)) ?? ranked.find((id) => covers(id, faultId));
    if (best !== undefined && !chosen.includes(best)) chosen.push(best);
  }
  for (const id of ranked) if (chosen.length < MAX_FIXES && !chosen.includes(id)) chosen.push(id);
  chosen.sort((a, b) => score.get(b)! - score.get(a)! || order(a) - order(b));
  return chosen.map((id) => {
    const fix = kb.fixes.find((f) => f.id === id)!;
    const safeDepth = report !== undefined && SAFE_DEPTH_FIXES.includes(id) ? report.safeDepth : undefined;
    return {
      id: fix.id,
      code: 'fix',
      params: { id: fix.id, ...(safeDepth !== undefined && { safeDepth }) },
      because: { code: 'fix_for', params: { reasons: strongestReasons(why.get(id)!) } },
      sources: fix.sources,
    };
  });
}

function sameReason(a: FixReason, b: FixReason): boolean {
  if ('signal' in a) return 'signal' in b && a.signal === b.signal;
  if ('cause' in a) return 'cause' in b && a.cause === b.cause;
  return 'checklist' in b;
}

/** Direct reasons (what was seen or answered) before the indirect likely causes, at most MAX_FIX_REASONS. */
function strongestReasons(reasons: readonly FixReason[]): FixReason[] {
  const direct = reasons.filter((r) => !('cause' in r));
  return (direct.length > 0 ? direct : reasons).slice(0, MAX_FIX_REASONS);
}
