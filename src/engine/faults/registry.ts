import { bounceDetector } from './detectors/detect-bounce.js';
import { fastEccentricDetector } from './detectors/detect-fast-eccentric.js';
import { headLiftDetector } from './detectors/detect-head-lift.js';
import { heelLiftDetector } from './detectors/detect-heel-lift.js';
import { kneeLockoutDetector } from './detectors/detect-knee-lockout.js';
import { kneeValgusDetector } from './detectors/detect-knee-valgus.js';
import { loadTooHeavyDetector } from './detectors/detect-load-too-heavy.js';
import { pelvicTuckDetector } from './detectors/detect-pelvic-tuck.js';
import { shallowRepDetector } from './detectors/detect-shallow-rep.js';
import { tooDeepDetector } from './detectors/detect-too-deep.js';
import { velocityLossDetector } from './detectors/detect-velocity-loss.js';
import type { FaultDetector } from './types.js';

/** Every fault detector, in FAULT_IDS order. Add a detector here and in FAULT_IDS. */
export const FAULT_DETECTORS: readonly FaultDetector[] = [
  pelvicTuckDetector,
  tooDeepDetector,
  kneeLockoutDetector,
  fastEccentricDetector,
  bounceDetector,
  heelLiftDetector,
  headLiftDetector,
  kneeValgusDetector,
  shallowRepDetector,
  velocityLossDetector,
  loadTooHeavyDetector,
];
