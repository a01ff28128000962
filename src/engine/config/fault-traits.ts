/**
 * The faults Spotter reports and what kind of fault each is: one table, from which every subset of fault ids
 * (set-level faults, form faults, the checks the verdict leans on) is derived rather than typed out again.
 */

/** Fixed fault ids of the JSON contract, in report order. Add a fault here, in `FAULT_TRAITS` and a detector. */
export const FAULT_IDS = [
  'pelvic_tuck',
  'too_deep',
  'knee_lockout',
  'fast_eccentric',
  'bounce',
  'heel_lift',
  'head_lift',
  'knee_valgus',
  'shallow_rep',
  'velocity_loss',
  'load_too_heavy',
] as const;
export type FaultId = (typeof FAULT_IDS)[number];

export interface FaultTraits {
  /** 'rep': judged on each rep; 'set': on the set as a whole (its rep-to-rep change). */
  readonly scope: 'rep' | 'set';
  /**
   * A fault of form or control in one rep: its growth over a set shows the load is too heavy, and evaluations
   * score it rep by rep. Partial range (`shallow_rep`) is informational, and set-level faults are not per rep.
   */
  readonly form: boolean;
  /** Loads the lower back in flexion or shows the load is beyond the lifter: one alert stops the set. */
  readonly stopOnAlert: boolean;
  /**
   * A check of the lower back itself: even a warning means fix it before adding load, and a set in which no
   * back check could be made has no basis for "clean" whatever else was timed.
   */
  readonly back: boolean;
  /** One of the per-rep back-safety checks: a set in which none could be judged in any rep is not judged. */
  readonly keyRepCheck: boolean;
  /** Measured from side-view angles: a poor side view makes it unjudgeable rather than guessed. */
  readonly sideViewAngles: boolean;
  /**
   * Tie-break when two faults are equally severe, lower = more serious: what loads the lower back in flexion
   * first (the product's purpose), then load and fatigue, then tempo, then the rest.
   */
  readonly priority: number;
}

const REP_FORM = { scope: 'rep', form: true } as const;

export const FAULT_TRAITS = {
  pelvic_tuck: {
    ...REP_FORM,
    stopOnAlert: true,
    back: true,
    keyRepCheck: true,
    sideViewAngles: true,
    priority: 0,
  },
  too_deep: {
    ...REP_FORM,
    stopOnAlert: false,
    back: true,
    keyRepCheck: true,
    sideViewAngles: true,
    priority: 1,
  },
  knee_lockout: {
    ...REP_FORM,
    stopOnAlert: false,
    back: false,
    keyRepCheck: true,
    sideViewAngles: true,
    priority: 3,
  },
  fast_eccentric: {
    ...REP_FORM,
    stopOnAlert: false,
    back: false,
    keyRepCheck: true,
    sideViewAngles: false,
    priority: 6,
  },
  bounce: {
    ...REP_FORM,
    stopOnAlert: false,
    back: false,
    keyRepCheck: false,
    sideViewAngles: false,
    priority: 5,
  },
  heel_lift: {
    ...REP_FORM,
    stopOnAlert: false,
    back: false,
    keyRepCheck: false,
    sideViewAngles: true,
    priority: 7,
  },
  head_lift: {
    ...REP_FORM,
    stopOnAlert: false,
    back: false,
    keyRepCheck: false,
    sideViewAngles: true,
    priority: 8,
  },
  knee_valgus: {
    ...REP_FORM,
    stopOnAlert: false,
    back: false,
    keyRepCheck: false,
    sideViewAngles: false,
    priority: 9,
  },
  shallow_rep: {
    scope: 'rep',
    form: false,
    stopOnAlert: false,
    back: false,
    keyRepCheck: false,
    sideViewAngles: false,
    priority: 10,
  },
  velocity_loss: {
    scope: 'set',
    form: false,
    stopOnAlert: true,
    back: false,
    keyRepCheck: false,
    sideViewAngles: false,
    priority: 4,
  },
  load_too_heavy: {
    scope: 'set',
    form: false,
    stopOnAlert: true,
    back: false,
    keyRepCheck: false,
    sideViewAngles: false,
    priority: 2,
  },
} as const satisfies Readonly<Record<FaultId, FaultTraits>>;

/** The ids whose trait `K` is `V`, as a type. */
export type FaultIdWith<K extends keyof FaultTraits, V> = {
  [F in FaultId]: (typeof FAULT_TRAITS)[F][K] extends V ? F : never;
}[FaultId];

/** The fault ids whose traits pass `test`, in `FAULT_IDS` order. */
export function faultIdsWhere(test: (traits: FaultTraits) => boolean): FaultId[] {
  return FAULT_IDS.filter((id) => test(FAULT_TRAITS[id]));
}

export type FormFaultId = FaultIdWith<'form', true>;
/** Per-rep faults of form and control (see `FaultTraits.form`). */
export const FORM_FAULT_IDS: readonly FormFaultId[] = FAULT_IDS.filter(
  (id): id is FormFaultId => FAULT_TRAITS[id].form,
);
/** Faults judged on the set as a whole. */
export const SET_FAULT_IDS: readonly FaultId[] = faultIdsWhere((t) => t.scope === 'set');
