import { describe, expect, it } from 'vitest';
import { KINEMATICS_DEFAULTS } from '../config/kinematics-config.js';
import { VIEW_DEFAULTS } from '../config/view-config.js';
import type { ConditionedTrack, PointSeries } from '../conditioning/types.js';
import { computeKinematics } from '../kinematics/compute-kinematics.js';
import {
  repeatedReps,
  syntheticLegPress,
  type SyntheticLegPressOptions,
} from '../kinematics/test-support.js';
import { assessView } from './assess-view.js';

const { tS, travel } = repeatedReps({ reps: 2, fps: 30, depthShanks: 0.9 });

/**
 * The synthetic side-view set seen by a camera turned `yawDeg` towards the lifter's front: each joint is a 3D
 * point (image x = forward, z = +-half body width), projected orthographically.
 */
function filmedAt(yawDeg: number, opts: Partial<SyntheticLegPressOptions> = {}): ConditionedTrack {
  const syn = syntheticLegPress({ tS, sledTravelShanks: travel, farOffsetPx: { x: 0, y: 0 }, ...opts });
  const t = syn.track;
  const yaw = (yawDeg * Math.PI) / 180;
  const thigh = opts.thighPx ?? 160;
  const halfWidth = { hip: 0.35 * thigh, shoulder: 0.4 * 200, other: 0.3 * thigh };
  const cx = t.imageWidthPx / 2;
  const project = (p: PointSeries | undefined, half: number, side: 1 | -1): PointSeries | undefined =>
    p && { ...p, x: p.x.map((x) => cx + (x - cx) * Math.cos(yaw) + side * half * Math.sin(yaw)) };
  const turn = (s: ConditionedTrack['near'], side: 1 | -1) =>
    Object.fromEntries(
      Object.entries(s).map(([j, p]) => [
        j,
        project(
          p,
          j === 'hip' ? halfWidth.hip : j === 'shoulder' ? halfWidth.shoulder : halfWidth.other,
          side,
        ),
      ]),
    ) as ConditionedTrack['near'];
  return { ...t, near: turn(t.near, -1), far: turn(t.far, 1) };
}

const assess = (track: ConditionedTrack) =>
  assessView(track, computeKinematics(track, KINEMATICS_DEFAULTS), VIEW_DEFAULTS);

describe('assessView', () => {
  it('recognises a good side view', () => {
    const a = assess(filmedAt(0));
    expect(a.view).toBe('side');
    expect(a.yawDeg).toBeLessThan(5);
    expect(a.quality).toBe('good');
    expect(a.issues).toEqual([]);
    expect(a.bodyInFrame && a.feetInFrame).toBe(true);
  });

  it('calls a camera turned 40 deg oblique, and a front view front, with a filming instruction', () => {
    const oblique = assess(filmedAt(40));
    expect(oblique.view).toBe('oblique');
    expect(oblique.yawDeg).toBeGreaterThan(25);
    expect(oblique.yawDeg).toBeLessThan(55);
    expect(oblique.quality).toBe('fair');
    const front = assess(filmedAt(85));
    expect(front.view).toBe('front');
    expect(front.quality).toBe('poor');
    expect(front.issues.find((i) => i.code === 'not_side_on')?.message).toMatch(/side/);
  });

  it('treats a far side hidden behind the body as side-on', () => {
    const t = filmedAt(0);
    const hidden = (p: PointSeries | undefined) => p && { ...p, x: p.x.map(() => Number.NaN) };
    const a = assess({ ...t, far: { ...t.far, hip: hidden(t.far.hip), shoulder: hidden(t.far.shoulder) } });
    expect(a.view).toBe('side');
  });

  it("sees a turned camera in a 3D-aware model's thigh depth when the model draws the far side onto the near one", () => {
    // BlazePose at 30 deg on rendered sets: the far hip and shoulder drawn almost on the near ones (2D reads
    // side-on), while the knee is nearer the camera than the hip by the thigh's forward extent x sin(yaw).
    const yaw = 30 * (Math.PI / 180);
    const t = filmedAt(30);
    const side = filmedAt(0);
    const cx = t.imageWidthPx / 2;
    const withDepth = (p: PointSeries | undefined, sideOn: PointSeries | undefined) =>
      p && sideOn && { ...p, z: sideOn.x.map((x) => -(x - cx) * Math.sin(yaw)) };
    const collapsed = {
      ...t,
      near: {
        ...t.near,
        hip: withDepth(t.near.hip, side.near.hip),
        knee: withDepth(t.near.knee, side.near.knee),
      },
      far: { ...t.far, hip: t.near.hip, shoulder: t.near.shoulder },
    };
    const without = assess({ ...collapsed, near: { ...t.near } });
    expect(without.view).toBe('side');
    const a = assess(collapsed);
    expect(a.view).toBe('oblique');
    expect(a.yawDeg).toBeGreaterThan(25);
    expect(a.yawDeg).toBeLessThan(35);
  });

  it('reports feet cut off by the image edge', () => {
    // A narrow image ends just past the ankles at the top of the rep.
    const t = filmedAt(0);
    const maxAnkleX = Math.max(...t.near.ankle!.x);
    const a = assess({ ...t, imageWidthPx: maxAnkleX + 2 });
    expect(a.feetInFrame).toBe(false);
    expect(a.bodyInFrame).toBe(true);
    expect(a.issues.map((i) => i.code)).toContain('feet_cut_off');
  });

  it('reports low confidence, a person too small, and nobody at all', () => {
    expect(assess(filmedAt(0, { score: 0.2 })).issues.map((i) => i.code)).toContain('low_confidence');
    const small = assess(filmedAt(0, { thighPx: 40, shankPx: 38, torsoPx: 50 }));
    expect(small.issues.map((i) => i.code)).toContain('too_small');
    const nobody = assess(filmedAt(0, { missing: () => true }));
    expect(nobody.view).toBe('unknown');
    expect(nobody.issues.map((i) => i.code)).toEqual(['no_person']);
  });
});

describe('assessView with a hidden far side', () => {
  /** Side-on clip whose far joints are the model's guesses: shifted off the near ones and scored `score`. */
  function guessedFarSide(score: number): ConditionedTrack {
    const t = filmedAt(0);
    const shift = (p: PointSeries | undefined): PointSeries | undefined =>
      p && { x: p.x.map((x) => x + 0.3 * 160), y: p.y, score: p.score.map(() => score) };
    const far = Object.fromEntries(
      Object.entries(t.far).map(([j, p]) => [j, shift(p)]),
    ) as ConditionedTrack['far'];
    return { ...t, far };
  }

  it('does not read low-scored far-side guesses as an oblique camera', () => {
    const guessed = assess(guessedFarSide(0.35));
    expect(guessed.view).toBe('side');
    expect(guessed.yawDeg).toBeLessThan(5);
  });

  it('still reads the same separation as a turned camera when the far side is seen confidently', () => {
    expect(assess(guessedFarSide(0.9)).view).not.toBe('side');
  });
});
