import { describe, expect, it } from 'vitest';
import { FAULT_IDS, FAULT_TRAITS, faultIdsWhere, FORM_FAULT_IDS, SET_FAULT_IDS } from './fault-traits.js';

describe('FAULT_TRAITS', () => {
  it('has one row per fault id and distinct priorities', () => {
    expect(Object.keys(FAULT_TRAITS).sort()).toEqual([...FAULT_IDS].sort());
    const priorities = FAULT_IDS.map((id) => FAULT_TRAITS[id].priority);
    expect(new Set(priorities).size).toBe(FAULT_IDS.length);
  });
  it('gives the subsets the engine, the verdict and the evaluations use, in report order', () => {
    expect(SET_FAULT_IDS).toEqual(['velocity_loss', 'load_too_heavy']);
    expect(FORM_FAULT_IDS).toEqual([
      'pelvic_tuck',
      'too_deep',
      'knee_lockout',
      'fast_eccentric',
      'bounce',
      'heel_lift',
      'head_lift',
      'knee_valgus',
    ]);
    expect(faultIdsWhere((t) => t.stopOnAlert)).toEqual(['pelvic_tuck', 'velocity_loss', 'load_too_heavy']);
    expect(faultIdsWhere((t) => t.back)).toEqual(['pelvic_tuck', 'too_deep']);
    expect(faultIdsWhere((t) => t.keyRepCheck)).toEqual([
      'pelvic_tuck',
      'too_deep',
      'knee_lockout',
      'fast_eccentric',
    ]);
    expect(faultIdsWhere((t) => t.sideViewAngles)).toEqual([
      'pelvic_tuck',
      'too_deep',
      'knee_lockout',
      'heel_lift',
      'head_lift',
    ]);
  });
  it('a form fault is a rep fault', () => {
    for (const id of FORM_FAULT_IDS) expect(FAULT_TRAITS[id].scope).toBe('rep');
  });
});
