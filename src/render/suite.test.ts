import { describe, expect, it } from 'vitest';
import { cleanRep } from '../sim/scenarios.js';
import { casePaths } from './node/suite-cache.js';
import { buildSuite, defaultModelsFor, quickSuite } from './suite.js';

describe('evaluation suite', () => {
  it('has at least 60 distinct sets over yaw 0-30 and is the same on every build', () => {
    const a = buildSuite();
    const b = buildSuite();
    expect(a.length).toBeGreaterThanOrEqual(60);
    expect(new Set(a.map((c) => c.id)).size).toBe(a.length);
    expect(a.map((c) => c.id)).toEqual(b.map((c) => c.id));
    expect(new Set(a.map((c) => c.yawDeg))).toEqual(new Set([0, 15, 30, 60, 80]));
  });

  it('has at least 6 faulty reps at side view for each fault with a side-view goal', () => {
    const side = buildSuite().filter((c) => c.yawDeg === 0);
    for (const kind of ['pelvic_tuck', 'too_deep', 'knee_lockout', 'fast_eccentric']) {
      const { topPauseS: _, ...clean } = cleanRep();
      const faultyReps = side
        .filter((c) => c.kind === kind)
        .flatMap((c) => c.params.set.reps)
        .filter(({ topPauseS: _, ...rep }) => JSON.stringify(rep) !== JSON.stringify(clean));
      expect(faultyReps.length, kind).toBeGreaterThanOrEqual(6);
    }
  });

  it('quick subset is small and drawn from the full suite', () => {
    const all = buildSuite();
    const quick = quickSuite(all);
    expect(quick.length).toBeGreaterThan(0);
    expect(quick.length).toBeLessThanOrEqual(5);
    for (const c of quick) expect(all.map((x) => x.id)).toContain(c.id);
  });

  it('runs the default model on every case and MoveNet Thunder on side views only', () => {
    const all = buildSuite();
    for (const c of all) {
      const models = defaultModelsFor(c, 'blazepose-full');
      expect(models[0]).toBe('blazepose-full');
      expect(models.includes('movenet-thunder')).toBe(c.yawDeg === 0);
    }
  });

  it('keeps a pose track per model and analysis frame rate, so a new rate is not read from an old cache', () => {
    const p = casePaths(buildSuite()[0]!);
    expect(p.track('blazepose-full', 15)).not.toBe(p.track('blazepose-full', 20));
    expect(p.track('blazepose-full', 15)).not.toBe(p.track('movenet-thunder', 15));
  });
});
