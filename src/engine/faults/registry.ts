import { loadTooHeavyDetector } from './detectors/detect-load-too-heavy.js';
import { velocityLossDetector } from './detectors/detect-velocity-loss.js';
import { REP_DETECTORS } from './detectors/rep-detectors.js';
import type { FaultDetector } from './types.js';

/** Every fault detector, in FAULT_IDS order. Add a detector here (or in REP_DETECTORS) and in FAULT_IDS. */
export const FAULT_DETECTORS: readonly FaultDetector[] = [
  ...REP_DETECTORS,
  velocityLossDetector,
  loadTooHeavyDetector,
];
