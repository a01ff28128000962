import { FAULT_DETECTORS } from './registry.js';
import { runDetector } from './run-detector.js';
import type { FaultContext, FaultDetection, FaultDetector, FaultFinding } from './types.js';
import { applyViewNeeds } from './view-gates.js';

/** Rep findings in rep order (set-level last), then by the order of the detectors. */
function byRep(a: FaultFinding, b: FaultFinding): number {
  const ra = a.repIndex ?? Number.POSITIVE_INFINITY;
  const rb = b.repIndex ?? Number.POSITIVE_INFINITY;
  return ra - rb;
}

/**
 * Runs every detector on one analysed set: what was found, and what could not be judged and why. Findings are
 * then held to what each fault can see from the camera view (view-gates.ts `FAULT_VIEW_NEEDS`).
 */
export function detectFaults(
  ctx: FaultContext,
  detectors: readonly FaultDetector[] = FAULT_DETECTORS,
): FaultDetection {
  const out: FaultDetection = { findings: [], notAssessable: [], unassessedReps: [] };
  for (const detector of detectors) {
    const result = runDetector(detector, ctx);
    if (!result.assessable) {
      const { assessable: _judged, ...why } = result;
      out.notAssessable.push({ id: detector.id, ...why });
      continue;
    }
    out.findings.push(...result.findings);
    if (result.unassessedReps !== undefined && result.unassessedReps.length > 0) {
      out.unassessedReps.push({ id: detector.id, reps: result.unassessedReps });
    }
  }
  out.findings.sort(byRep); // stable: keeps detector order within a rep
  return applyViewNeeds(ctx, out);
}
