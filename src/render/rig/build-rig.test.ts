import { describe, expect, it } from 'vitest';
import { ENGINE_DEFAULTS } from '../../engine/index.js';
import { simulateSet } from '../../sim/simulate-set.js';
import { fixtureParams } from '../presets.js';
import type { RenderParams, SceneSpec, V3 } from '../types.js';
import { buildRigFrames } from './build-rig.js';

const dist = (a: V3, b: V3): number => Math.hypot(a.x - b.x, a.y - b.y, a.z - b.z);
const angleDeg = (a: V3, b: V3): number =>
  (Math.acos(
    Math.min(
      1,
      (a.x * b.x + a.y * b.y + a.z * b.z) / (Math.hypot(a.x, a.y, a.z) * Math.hypot(b.x, b.y, b.z)),
    ),
  ) *
    180) /
  Math.PI;

function build(params: RenderParams): { spec: SceneSpec; sim: ReturnType<typeof simulateSet> } {
  const set = { ...params.set, noise: 'none' as const };
  const sim = simulateSet(set);
  return { spec: buildRigFrames({ ...params, set }, sim.truth), sim };
}

describe('buildRigFrames', () => {
  const faulty = build(fixtureParams('faulty'));

  it('keeps thigh and shank lengths constant: the figure is rigid, only its joints turn', () => {
    const first = faulty.spec.frames[0]!.points;
    const thigh0 = dist(first.right_hip, first.right_knee);
    const shank0 = dist(first.right_knee, first.right_ankle);
    for (const f of faulty.spec.frames) {
      expect(dist(f.points.right_hip, f.points.right_knee)).toBeCloseTo(thigh0, 6);
      expect(dist(f.points.left_knee, f.points.left_ankle)).toBeCloseTo(shank0, 6);
    }
  });

  it('rolls the pelvis backwards on tuck reps and keeps it square to the pad on clean reps', () => {
    const pad = faulty.spec.machine.padDir;
    const rollIn = (repIndex: number): number => {
      const rep = faulty.sim.truth.reps[repIndex - 1]!;
      let max = 0;
      faulty.spec.frames.forEach((f) => {
        if (f.tS >= rep.startS && f.tS <= rep.endS) max = Math.max(max, angleDeg(f.pelvisUp, pad));
      });
      return max;
    };
    expect(faulty.sim.truth.reps[4]!.faults).toContain('pelvic_tuck');
    expect(rollIn(5)).toBeGreaterThan(15);
    expect(rollIn(1)).toBeLessThan(rollIn(5) / 2);
  });

  it('moves the knees towards the mid-plane with valgus, without changing segment lengths', () => {
    const warn = ENGINE_DEFAULTS.faults.kneeValgus.warnFppaDeg;
    const base = fixtureParams('clean');
    const valgus = build({ ...base, kneeValgusDeg: [0, 2 * warn, 0, 0, 0, 0] });
    const plain = build(base);
    const rep = plain.sim.truth.reps[1]!;
    const k = plain.sim.truth.series.tS.findIndex((t) => t >= rep.bottomS);
    const a = plain.spec.frames[k]!.points;
    const b = valgus.spec.frames[k]!.points;
    expect(Math.abs(b.right_knee.z)).toBeLessThan(Math.abs(a.right_knee.z) - 0.03);
    expect(dist(b.right_hip, b.right_knee)).toBeCloseTo(dist(a.right_hip, a.right_knee), 6);
    expect(dist(b.right_knee, b.right_ankle)).toBeCloseTo(dist(a.right_knee, a.right_ankle), 6);
  });
});
