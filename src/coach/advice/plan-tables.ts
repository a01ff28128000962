/**
 * The advice engine's tables: how much each signal weighs, how many items of each kind a plan holds, the setup
 * checklist for a plan with nothing to go on, and which prehab targets the faults call for. Data only: the
 * ranking lives in the select-* modules, the words in src/present/vocabulary.
 */
import type { FaultId, Severity } from '../../engine/index.js';
import type { Alternative, Prehab } from '../knowledge/types.js';

/** Faults weigh by severity when causes and fixes are ranked. */
export const SEVERITY_WEIGHT: Readonly<Record<Severity, number>> = { alert: 3, warn: 2, info: 1 };
/** An answer or history signal counts like a warn-level fault. */
export const ANSWER_WEIGHT = 2;
export const MAX_CAUSES = 4;
export const MAX_FIXES = 6;
export const MAX_ALTERNATIVES = 5;
/** The most reasons a fix gives for itself (what was seen or answered before the likely causes). */
export const MAX_FIX_REASONS = 3;

/** With no video and no signals, the setup checklist every lifter should run through, most important first. */
export const BASELINE_FIXES: readonly string[] = [
  'seat_back_angle',
  'back_flat_on_pad',
  'feet_position',
  'safety_stops_at_safe_depth',
  'brace_and_breathe',
  'controlled_lowering',
];

/** Fixes whose wording carries the lifter's safe depth. */
export const SAFE_DEPTH_FIXES: readonly string[] = ['safety_stops_at_safe_depth', 'stop_before_tuck'];

/** "Stop and unload" is for pain that starts mid-set: it leads the plan under Stop now, not under Relief. */
export const STOP_AND_UNLOAD = 'stop_and_unload';

/**
 * The prehab each target serves: `inPain` when any back pain was reported, and the faults that call for it
 * (a rolling pelvis or a deep bottom want core, hamstring and hip mobility work).
 */
export const PREHAB_TARGETS: Readonly<
  Record<Prehab['target'], { readonly inPain: boolean; readonly faults: readonly FaultId[] }>
> = {
  core: { inPain: true, faults: ['pelvic_tuck', 'head_lift', 'load_too_heavy', 'too_deep'] },
  hamstrings: { inPain: false, faults: ['pelvic_tuck', 'too_deep', 'heel_lift'] },
  hip_flexors: { inPain: false, faults: ['pelvic_tuck', 'too_deep', 'heel_lift'] },
  glutes: { inPain: true, faults: ['pelvic_tuck'] },
};

/** Alternatives with the least spine load first. */
export const SPINE_ORDER: Readonly<Record<Alternative['spineLoad'], number>> = {
  none: 0,
  low: 1,
  moderate: 2,
};
