import { describe, expect, it } from 'vitest';
import { FAULT_IDS } from '../../engine/index.js';
import { ALTERNATIVES } from './alternatives.js';
import { CAUSES } from './causes.js';
import { FIXES } from './fixes.js';
import { KnowledgeError, loadKnowledge, validateKnowledge } from './load-knowledge.js';
import { PREHAB } from './prehab.js';
import { RELIEF } from './relief.js';

const raw = () => ({
  causes: CAUSES,
  fixes: FIXES,
  relief: RELIEF,
  prehab: PREHAB,
  alternatives: ALTERNATIVES,
});

describe('knowledge base', () => {
  const kb = loadKnowledge();
  const all = [...kb.causes, ...kb.fixes, ...kb.relief, ...kb.prehab, ...kb.alternatives];

  it('loads and validates', () => {
    expect(all.length).toBeGreaterThan(40);
  });

  it('has unique ids across every section', () => {
    const ids = all.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('sources every item, and never only with a Spotter convention', () => {
    for (const item of all) {
      expect(item.sources.length, item.id).toBeGreaterThan(0);
      expect(
        item.sources.some((s) => s !== 'conv'),
        item.id,
      ).toBe(true);
    }
  });

  it('gives every engine fault a cause and a fix', () => {
    for (const faultId of FAULT_IDS) {
      expect(
        kb.causes.some((c) => c.pointedToBy.includes(faultId)),
        faultId,
      ).toBe(true);
      expect(
        kb.fixes.some((f) => f.forFaults.includes(faultId)),
        faultId,
      ).toBe(true);
    }
  });

  it('links every cause only to fixes that exist', () => {
    const fixIds = new Set(kb.fixes.map((f) => f.id));
    for (const cause of kb.causes) for (const id of cause.fixIds) expect(fixIds.has(id), id).toBe(true);
  });

  it('covers the causes, prehab and alternatives the coach promises', () => {
    const ids = new Set(all.map((i) => i.id));
    for (const id of [
      'pelvic_tuck',
      'too_deep',
      'locked_knees',
      'arch_or_round',
      'head_off_pad',
      'foot_placement',
      'too_much_weight',
      'going_too_fast',
      'seat_setup',
      'tight_hamstrings',
      'weak_core',
      'overuse',
      'spinal_stenosis',
      'herniated_disc',
      'plank',
      'dead_bug',
      'side_bridge',
      'bird_dog',
      'hamstring_stretch',
      'glute_bridge',
      'hip_flexor_stretch',
      'reduced_depth_press',
      'single_leg_press',
      'supine_band_press',
      'hack_squat',
      'goblet_squat',
      'split_squat',
      'lunge',
      'hip_thrust',
      'knee_extension',
      'ball_squat',
      'bodyweight_squat',
      'stop_and_unload',
      'keep_moving',
      'heat',
      'ice',
      'otc_pain_relief',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
  });

  it('states what the evidence says about ice and heat honestly', () => {
    const ice = kb.relief.find((r) => r.id === 'ice');
    const heat = kb.relief.find((r) => r.id === 'heat');
    expect(ice?.evidence).toMatch(/not enough evidence/i);
    expect(ice?.evidence).toMatch(/lay advice/i);
    expect(heat?.evidence).toMatch(/small benefit/i);
  });

  it('doses the hamstring stretch as 30 s holds to about 3 minutes', () => {
    const stretch = kb.prehab.find((p) => p.id === 'hamstring_stretch');
    expect(stretch?.dose).toMatch(/30 seconds/);
    expect(stretch?.dose).toMatch(/3 minutes/);
  });

  it('rejects a duplicate id, an unknown fix link and an unsourced item', () => {
    const dup = raw();
    dup.fixes = [...FIXES, FIXES[0]!];
    expect(() => validateKnowledge(dup)).toThrow(/duplicate id/);

    const badLink = raw();
    badLink.causes = [{ ...CAUSES[0]!, fixIds: ['no_such_fix'] }, ...CAUSES.slice(1)];
    expect(() => validateKnowledge(badLink)).toThrow(/unknown fix 'no_such_fix'/);

    const unsourced = raw();
    unsourced.prehab = [{ ...PREHAB[0]!, sources: [] }, ...PREHAB.slice(1)];
    expect(() => validateKnowledge(unsourced)).toThrow(KnowledgeError);
  });

  it('rejects a knowledge base where a fault has no cause', () => {
    const noTuck = raw();
    noTuck.causes = CAUSES.map((c) => ({
      ...c,
      pointedToBy: c.pointedToBy.filter((s) => s !== 'knee_lockout'),
    }));
    expect(() => validateKnowledge(noTuck)).toThrow(/'knee_lockout' points at no cause/);
  });
});
