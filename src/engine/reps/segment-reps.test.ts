import { describe, expect, it } from 'vitest';
import { REPS_DEFAULTS } from '../config/reps-config.js';
import { segmentReps } from './segment-reps.js';
import { kinematicsFromKnee, kneeProfile, repKeys } from './test-support.js';

const FPS = 30;

/** Deterministic noise in [-amp, amp] (a small LCG), so tests are repeatable. */
function addNoise(x: Float64Array, amp: number, seed = 7): Float64Array {
  let s = seed;
  return x.map((v) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return v + amp * (2 * (s / 2147483648) - 1);
  });
}

function segment(
  keys: [number, number][],
  opts: { noise?: number; times?: Float64Array; gaps?: [number, number][] } = {},
) {
  const { tS, kneeDeg } = kneeProfile(keys, FPS, opts.times);
  let knee = opts.noise ? addNoise(kneeDeg, opts.noise) : kneeDeg;
  for (const [a, b] of opts.gaps ?? [])
    knee = knee.map((v, i) => (tS[i]! >= a && tS[i]! < b ? Number.NaN : v));
  return segmentReps(kinematicsFromKnee(tS, knee), REPS_DEFAULTS);
}

describe('segmentReps', () => {
  it('finds one rep with its start, bottom, end and phase times', () => {
    const { reps, ignored } = segment(repKeys({ count: 1, eccentricS: 2, concentricS: 1 }));
    expect(reps).toHaveLength(1);
    expect(ignored).toHaveLength(0);
    const r = reps[0]!;
    expect(r.index).toBe(1);
    // Lowering from 1 s to 3 s and pushing back by 4 s: edges found to within a frame or so.
    expect(Math.abs(r.startS - 1)).toBeLessThan(0.05);
    expect(r.bottomS).toBeCloseTo(3, 1);
    expect(Math.abs(r.endS - 4)).toBeLessThan(0.05);
    expect(Math.abs(r.eccentricS - 2)).toBeLessThan(0.08);
    expect(Math.abs(r.concentricS - 1)).toBeLessThan(0.08);
    expect(r.kneeMinDeg).toBeCloseTo(90, 6);
    expect(r.kneeTopDeg).toBeCloseTo(170, 6);
    expect(r.hipFlexionMaxDeg).toBeCloseTo(60 + 80 * 0.6, 6);
    expect(r.sledTravelMaxShanks).toBeGreaterThan(0.5);
    expect(r.concentricPeakVelocityShanksPerS).toBeGreaterThan(r.concentricMeanVelocityShanksPerS);
    expect(r.concentricMeanVelocityShanksPerS).toBeGreaterThan(0);
  });

  it('counts 20 reps in order, through pose noise', () => {
    const { reps } = segment(repKeys({ count: 20, topPauseS: 0.5 }), { noise: 2 });
    expect(reps).toHaveLength(20);
    reps.forEach((r, i) => {
      expect(r.index).toBe(i + 1);
      if (i > 0) expect(r.startS).toBeGreaterThanOrEqual(reps[i - 1]!.endS);
    });
  });

  it('tolerates a long pause at the bottom without counting it as lowering or pushing', () => {
    const { reps } = segment(repKeys({ count: 2, bottomPauseS: 2.5 }), { noise: 0.5 });
    expect(reps).toHaveLength(2);
    for (const r of reps) {
      expect(r.bottomDwellS).toBeGreaterThan(2.4);
      // 2 s down and 1 s up; the 2.5 s pause belongs to neither.
      expect(Math.abs(r.eccentricS - 2)).toBeLessThan(0.2);
      expect(Math.abs(r.concentricS - 1)).toBeLessThan(0.2);
    }
  });

  it('tolerates long pauses at the top and a pause mid-descent', () => {
    const keys: [number, number][] = [
      [0, 170], [4, 170], [5, 130], [7, 130], [8, 90], [9, 170], [15, 170], [17, 90], [18, 170], [19, 170],
    ]; // prettier-ignore
    const { reps } = segment(keys, { noise: 1.5 });
    expect(reps).toHaveLength(2);
    expect(reps[0]!.eccentricS).toBeGreaterThan(3.5); // the mid-descent pause is part of the lowering
  });

  it('ignores a partial movement between full reps', () => {
    const keys: [number, number][] = [[0, 170], [1, 170], [3, 90], [4, 170], [5, 170], [5.5, 152], [6, 170], [7, 170], [9, 90], [10, 170], [11, 170]]; // prettier-ignore
    const { reps, ignored } = segment(keys);
    expect(reps).toHaveLength(2);
    expect(ignored).toHaveLength(1);
    expect(ignored[0]!.reason).toMatch(/partial/);
    expect(ignored[0]!.startS).toBeGreaterThanOrEqual(4);
    expect(ignored[0]!.endS).toBeLessThan(7);
  });

  it('does not count the first ascent of a clip that starts at the bottom', () => {
    const keys: [number, number][] = [
      [0, 90],
      [1, 90],
      [2, 170],
      [3, 170],
      [5, 90],
      [6, 170],
      [7, 170],
    ];
    const { reps, ignored } = segment(keys);
    expect(reps).toHaveLength(1);
    expect(reps[0]!.startS).toBeGreaterThan(2.9);
    expect(ignored.some((m) => m.endS <= 3.1)).toBe(true);
  });

  it('does not count a final descent that never returns', () => {
    const keys = [...repKeys({ count: 2 }), [11, 100] as [number, number]];
    const { reps, ignored } = segment(keys);
    expect(reps).toHaveLength(2);
    expect(ignored.at(-1)!.reason).toMatch(/without a return/);
  });

  it('does not count a re-rack that drops 30 deg and only wobbles back up a little', () => {
    const keys = repKeys({ count: 2 });
    const end = keys.at(-1)![0];
    keys.push([end + 1, 140], [end + 1.5, 147], [end + 3, 147]);
    const { reps, ignored } = segment(keys);
    expect(reps).toHaveLength(2);
    expect(ignored.at(-1)!.reason).toMatch(/partial|without a return/);
  });

  it('ignores setup wiggles before the set and re-racking after it', () => {
    const keys: [number, number][] = [
      [0, 120], [0.5, 130], [1, 115], [2, 170], [2.5, 162], [3, 170], [3.5, 163], [4, 170],
      ...repKeys({ count: 3, startS: 4 }).slice(1),
    ]; // prettier-ignore
    const end = keys.at(-1)![0];
    keys.push([end + 0.5, 158], [end + 3, 158]);
    const { reps, ignored } = segment(keys, { noise: 1 });
    expect(reps).toHaveLength(3);
    expect(reps[0]!.startS).toBeGreaterThan(4.9);
    expect(ignored.length).toBeGreaterThanOrEqual(1);
  });

  it('does not split a rep at missing-data gaps mid-descent and at the bottom', () => {
    const { reps } = segment(repKeys({ count: 3 }), {
      gaps: [
        [1.8, 2.1],
        [2.9, 3.1],
        [7.5, 8.0],
      ],
    });
    expect(reps).toHaveLength(3);
    expect(reps[0]!.bottomS).toBeGreaterThan(2.5);
    expect(Number.isFinite(reps[0]!.kneeMinDeg)).toBe(true);
  });

  it('gives the same reps at a variable frame rate', () => {
    const times = Float64Array.from({ length: 400 }, (_, i) => i / FPS + (i % 3 === 1 ? 0.012 : 0));
    const steady = segment(repKeys({ count: 3 }));
    const vfr = segment(repKeys({ count: 3 }), { times: times.filter((t) => t <= 13) });
    expect(vfr.reps).toHaveLength(3);
    vfr.reps.forEach((r, i) => expect(r.eccentricS).toBeCloseTo(steady.reps[i]!.eccentricS, 1));
  });

  it('ignores a knee-angle change when the sled does not move', () => {
    const { tS, kneeDeg } = kneeProfile(repKeys({ count: 1 }), FPS);
    const k = kinematicsFromKnee(tS, kneeDeg);
    const still = {
      ...k,
      sledTravelShanks: new Float64Array(tS.length),
      sledVelocityShanksPerS: new Float64Array(tS.length),
      legReachShanks: new Float64Array(tS.length).fill(1.8),
    };
    const { reps, ignored } = segmentReps(still, REPS_DEFAULTS);
    expect(reps).toHaveLength(0);
    expect(ignored[0]!.reason).toMatch(/legs hardly extended/);
  });

  it('counts a rep when the seat moves instead of the footplate, or the camera pans (the legs still shorten)', () => {
    const { tS, kneeDeg } = kneeProfile(repKeys({ count: 2 }), FPS);
    const k = kinematicsFromKnee(tS, kneeDeg);
    // The ankle stands still in the image (fixed footplate, sliding seat): no sled travel, the reach still changes.
    const seated = { ...k, sledTravelShanks: new Float64Array(tS.length) };
    expect(segmentReps(seated, REPS_DEFAULTS).reps).toHaveLength(2);
  });

  it('counts a first rep the clip cut off mid-descent when most of it is visible, and marks it', () => {
    // Starts at 135 deg on the way down from a 170 deg top to 90 (below "near the top"): 45 of 80 deg visible.
    const keys: [number, number][] = [[0, 135], [1.5, 90], [2.5, 170], ...repKeys({ count: 1, startS: 2.5 }).slice(1)]; // prettier-ignore
    const { reps } = segment(keys);
    expect(reps).toHaveLength(2);
    expect(reps[0]!.cutOff).toBe('start');
    expect(reps[1]!.cutOff).toBeUndefined();
  });

  it('does not count a first rep when the clip starts near its bottom', () => {
    const keys: [number, number][] = [[0, 105], [0.8, 90], [2, 170], ...repKeys({ count: 1, startS: 2 }).slice(1)]; // prettier-ignore
    const { reps, ignored } = segment(keys);
    expect(reps).toHaveLength(1);
    expect(ignored[0]!.reason).toMatch(/began/);
  });

  it('counts a last rep cut off mid-push when most of the push is visible, and not a descent without return', () => {
    const pushing = [...repKeys({ count: 2 }).slice(0, -1), [9.5, 90], [10.3, 135]] as [number, number][];
    const seg = segment(pushing);
    expect(seg.reps).toHaveLength(3);
    expect(seg.reps[2]!.cutOff).toBe('end');
    const stuck = [...repKeys({ count: 2 }).slice(0, -1), [9.5, 90], [10, 100]] as [number, number][];
    expect(segment(stuck).reps).toHaveLength(2);
  });

  it('keeps wobbles of real keypoints (+-8 deg) inside a phase: no extra or split reps', () => {
    const { reps } = segment(repKeys({ count: 5, topPauseS: 0.6 }), { noise: 8 });
    expect(reps).toHaveLength(5);
  });

  it('counts on the leg reach when the knee point disagrees with it (a knee seen from behind), and says so', () => {
    const { tS, kneeDeg } = kneeProfile(repKeys({ count: 4 }), FPS);
    const k = kinematicsFromKnee(tS, kneeDeg);
    expect(segmentReps(k, REPS_DEFAULTS).countedOn).toBe('knee');
    // The knee point wanders +-40 deg at random while hip and ankle follow the sled: 4 reps, from the reach.
    const wild = { ...k, kneeDeg: addNoise(kneeDeg, 40, 3) };
    const seg = segmentReps(wild, REPS_DEFAULTS);
    expect(seg.countedOn).toBe('leg_reach');
    expect(seg.reps).toHaveLength(4);
  });

  it('ignores knee readings bent impossibly far backwards (a misplaced point), so they make no top', () => {
    const { tS, kneeDeg } = kneeProfile(repKeys({ count: 3 }), FPS);
    const glitched = kneeDeg.map((v, i) => (tS[i]! > 2.6 && tS[i]! < 2.8 ? 300 : v));
    const { reps } = segmentReps(kinematicsFromKnee(tS, glitched), REPS_DEFAULTS);
    expect(reps).toHaveLength(3);
  });

  it('returns nothing for a track without a knee', () => {
    const k = kinematicsFromKnee(Float64Array.from([0, 0.1, 0.2]), new Float64Array(3).fill(Number.NaN));
    expect(segmentReps(k, REPS_DEFAULTS)).toEqual({ reps: [], ignored: [], countedOn: 'knee' });
  });
});
