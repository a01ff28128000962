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

/**
 * Tie-break order when two faults are equally severe: what loads the lower back in flexion first (the
 * product's purpose), then load and fatigue, then tempo, then the rest. Lower = more serious.
 */
export const FAULT_PRIORITY: Readonly<Record<FaultId, number>> = {
  pelvic_tuck: 0,
  too_deep: 1,
  load_too_heavy: 2,
  knee_lockout: 3,
  velocity_loss: 4,
  bounce: 5,
  fast_eccentric: 6,
  heel_lift: 7,
  head_lift: 8,
  knee_valgus: 9,
  shallow_rep: 10,
};

/** Faults measured from side-view angles: a poor side view makes them unjudgeable rather than guessed. */
export const SIDE_VIEW_FAULTS: readonly FaultId[] = [
  'pelvic_tuck',
  'too_deep',
  'knee_lockout',
  'heel_lift',
  'head_lift',
];
