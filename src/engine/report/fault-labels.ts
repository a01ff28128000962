import { FAULT_IDS, FAULT_TRAITS, faultIdsWhere } from '../config/fault-traits.js';
import type { FaultId, Severity } from '../faults/types.js';

/** Short plain-language name of each fault, for headlines and tables. */
export const FAULT_LABELS: Readonly<Record<FaultId, string>> = {
  pelvic_tuck: 'pelvis rolled off the seat (butt wink)',
  too_deep: 'knees came too close to the chest',
  knee_lockout: 'knees locked at the top',
  fast_eccentric: 'sled lowered too fast',
  bounce: 'bounced out of the bottom',
  heel_lift: 'heels lifted off the platform',
  head_lift: 'head came off the back pad',
  knee_valgus: 'knees caved inward',
  shallow_rep: 'partial range of motion',
  velocity_loss: 'pushing speed dropped (fatigue)',
  load_too_heavy: 'form broke down as the set went on',
};

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { info: 0, warn: 1, alert: 2 };

/** Tie-break order when two faults are equally severe, lower = more serious (`FaultTraits.priority`). */
export const FAULT_PRIORITY: Readonly<Record<FaultId, number>> = Object.fromEntries(
  FAULT_IDS.map((id) => [id, FAULT_TRAITS[id].priority]),
) as Record<FaultId, number>;

/** Faults measured from side-view angles: a poor side view makes them unjudgeable rather than guessed. */
export const SIDE_VIEW_FAULTS: readonly FaultId[] = faultIdsWhere((t) => t.sideViewAngles);
