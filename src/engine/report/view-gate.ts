import type { FaultFinding, FaultId } from '../faults/types.js';
import type { ViewAssessment } from '../view/types.js';
import { SIDE_VIEW_FAULTS } from './fault-labels.js';
import type { NotAssessableFault } from './types.js';

export interface GatedFaults {
  readonly findings: readonly FaultFinding[];
  readonly notAssessable: readonly NotAssessableFault[];
}

/** Reasons are shown as sentences; detectors do not all end theirs with a full stop. */
function sentence(text: string): string {
  const t = text.trim();
  return t === '' || /[.!?]$/.test(t) ? t : `${t}.`;
}

/** Why a side-view fault cannot be judged from this clip, with what to do about it. */
export function poorViewReason(view: ViewAssessment): string {
  const issues = view.issues.map((i) => i.message.trim().replace(/\.$/, ''));
  const why = issues.length > 0 ? issues.join('; ') : 'the camera view is too poor to measure the joints';
  return `Not judged because of the filming: ${why}.`;
}

/**
 * When the view is poor, side-view faults become "not assessable" with the filming reason instead of
 * confident calls; other findings pass through. Each id appears once, with the detector's reason if it gave one.
 */
export function gateByView(
  view: ViewAssessment,
  findings: readonly FaultFinding[],
  notAssessable: readonly NotAssessableFault[],
): GatedFaults {
  const byId = new Map<FaultId, NotAssessableFault>();
  // The detector's own reason is the more specific one; the filming reason fills in for the rest.
  for (const na of notAssessable)
    if (!byId.has(na.id)) byId.set(na.id, { ...na, reason: sentence(na.reason) });
  if (view.quality === 'poor') {
    const reason = poorViewReason(view);
    const params = { issues: view.issues.map((i) => i.code) };
    for (const id of SIDE_VIEW_FAULTS)
      if (!byId.has(id)) byId.set(id, { id, reason, code: 'poor_view', params });
  }
  const kept = findings.filter((f) => !byId.has(f.id));
  return { findings: kept, notAssessable: [...byId.values()] };
}
