import type { DetectorResult, FaultFinding } from './types.js';

/** The findings of an assessable result; throws (failing the test) with the reason otherwise. */
export function findingsOf(result: DetectorResult): readonly FaultFinding[] {
  if (!result.assessable) throw new Error(`not assessable: ${result.reason}`);
  return result.findings;
}

/** The only finding of an assessable result. */
export function onlyFinding(result: DetectorResult): FaultFinding {
  const found = findingsOf(result);
  if (found.length !== 1) throw new Error(`expected one finding, got ${found.length}`);
  return found[0] as FaultFinding;
}

/** Every frame of a finding lies within [from, to]. */
export function framesWithin(finding: FaultFinding, from: number, to: number): boolean {
  return finding.frames.length > 0 && finding.frames.every((f) => f >= from && f <= to);
}
