import type { DetectorResult, FaultContext, FaultDetector } from './types.js';

/** Results already computed for one analysed set (a context is immutable), by detector. */
const resultsByContext = new WeakMap<FaultContext, Map<FaultDetector, DetectorResult>>();

/**
 * One detector's result on one set, computed once: detectors are pure and a context never changes, so a set-level
 * detector that reads others' findings (`load_too_heavy` reads the form detectors and `velocity_loss`) reuses the
 * results `detectFaults` already has instead of judging every rep twice. Results are readonly, so sharing them is
 * safe; the cache goes with the context.
 */
export function runDetector(detector: FaultDetector, ctx: FaultContext): DetectorResult {
  let results = resultsByContext.get(ctx);
  if (results === undefined) {
    results = new Map();
    resultsByContext.set(ctx, results);
  }
  let result = results.get(detector);
  if (result === undefined) {
    result = detector.detect(ctx);
    results.set(detector, result);
  }
  return result;
}
