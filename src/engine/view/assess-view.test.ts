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

describe('assessView: cameras behind or in front of the lifter', () => {
  const THIGH = 160;
  const TRUNK = 200;
  const sin = (deg: number): number => Math.sin((deg * Math.PI) / 180);
  type Far = ConditionedTrack['far'];
  /** The side-on set with far-side joints moved `dx` px horizontally off the near ones and scored `score`. */
  function farApart(dx: Partial<Record<'hip' | 'shoulder' | 'knee', number>>, score = 0.9): ConditionedTrack {
    const t = filmedAt(0);
    const far = { ...t.far } as Record<keyof Far, PointSeries | undefined>;
    for (const [joint, px] of Object.entries(dx) as ['hip' | 'shoulder' | 'knee', number][]) {
      const near = t.near[joint]!;
      far[joint] = { x: near.x.map((x) => x + px), y: near.y, score: near.score.map(() => score) };
    }
    return { ...t, far: far as Far };
  }

  /** Far joints moved apart as a camera turned `deg` would show them (each joint's own width), and the view read. */
  const SEPARATIONS: readonly [string, ConditionedTrack, 'side' | 'oblique'][] = [
    [
      'hips and shoulders drawn together, far knee seen 30 deg apart',
      farApart({ knee: 1.0 * THIGH * sin(30) }),
      'oblique',
    ],
    [
      'the same knee separation as low-scored guesses',
      farApart({ knee: 1.0 * THIGH * sin(30) }, 0.3),
      'side',
    ],
    [
      'hips 25 deg apart, shoulders drawn together (the average alone would read 12)',
      farApart({ hip: 0.7 * THIGH * sin(25), shoulder: 0 }),
      'oblique',
    ],
    [
      'shoulders alone 30 deg apart (perspective at the image edge) count only averaged with the hips',
      farApart({ hip: 0, shoulder: 0.8 * TRUNK * sin(30) }),
      'side',
    ],
    [
      'knees 10 deg apart (a side view with a wide stance)',
      farApart({ knee: 1.0 * THIGH * sin(10) }),
      'side',
    ],
  ];

  it.each(SEPARATIONS)('%s', (_name, track, expected) => {
    expect(assess(track).view).toBe(expected);
  });

  /** The side-on set's knee readings replaced: `flipped` of every 40 frames bent the other way. */
  function kneeFlipping(flipped: number, mirrored = false) {
    const t = filmedAt(0);
    const kin = computeKinematics(t, KINEMATICS_DEFAULTS);
    const kneeDeg = kin.kneeDeg.map((k, i) => {
      const bent = mirrored ? 360 - k : k;
      return i % 40 < flipped && Math.abs(180 - k) >= 20 ? 360 - bent : bent;
    });
    return assessView(t, { ...kin, kneeDeg }, VIEW_DEFAULTS);
  }

  const FLIPS: readonly [string, number, boolean, 'side' | 'oblique'][] = [
    ['a knee bending forward all set long', 0, false, 'side'],
    ['every bent frame backwards (facing decided the wrong way round)', 0, true, 'side'],
    ['1 frame in 40 bent the other way (a stray reading)', 1, false, 'side'],
    ['4 frames in 40 bent the other way', 4, false, 'oblique'],
  ];

  it.each(FLIPS)('%s', (_name, flipped, mirrored, expected) => {
    const a = kneeFlipping(flipped, mirrored);
    expect(a.view).toBe(expected);
    expect(a.issues.some((i) => i.code === 'knee_bend_flips')).toBe(expected === 'oblique');
    if (expected === 'oblique') {
      expect(a.yawDeg).toBeLessThan(VIEW_DEFAULTS.maxSideYawDeg);
      expect(a.kneeBendFlipFraction).toBeGreaterThan(VIEW_DEFAULTS.maxKneeBendFlipFraction);
      expect(a.quality).toBe('fair');
      expect(a.issues.map((i) => i.code)).toContain('not_side_on');
    }
  });
});
