import { bounceDetector } from './detect-bounce.js';
import { fastEccentricDetector } from './detect-fast-eccentric.js';
import { headLiftDetector } from './detect-head-lift.js';
import { heelLiftDetector } from './detect-heel-lift.js';
import { kneeLockoutDetector } from './detect-knee-lockout.js';
import { kneeValgusDetector } from './detect-knee-valgus.js';
import { pelvicTuckDetector } from './detect-pelvic-tuck.js';
import { tooDeepDetector } from './detect-too-deep.js';
import { shallowRepDetector } from './detect-shallow-rep.js';
import { FAULT_TRAITS } from '../../config/fault-traits.js';
import type { FaultDetector } from '../types.js';

/** Every per-rep detector, in `FAULT_IDS` order. */
export const REP_DETECTORS: readonly FaultDetector[] = [
  pelvicTuckDetector,
  tooDeepDetector,
  kneeLockoutDetector,
  fastEccentricDetector,
  bounceDetector,
  heelLiftDetector,
  headLiftDetector,
  kneeValgusDetector,
  shallowRepDetector,
];

/**
 * Per-rep faults of form and control (`FaultTraits.form`), whose growth over a set shows the load is too heavy.
 * Partial reps (`shallow_rep`) are informational and left out.
 */
export const FORM_DETECTORS: readonly FaultDetector[] = REP_DETECTORS.filter((d) => FAULT_TRAITS[d.id].form);
