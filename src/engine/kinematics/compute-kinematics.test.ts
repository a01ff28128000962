import { describe, expect, it } from 'vitest';
import { KINEMATICS_DEFAULTS } from '../config/kinematics-config.js';
import { computeKinematics } from './compute-kinematics.js';
import { repeatedReps, syntheticLegPress, uniformTimes } from './test-support.js';

const FACINGS = ['right', 'left'] as const;

function maxAbsDiff(a: Float64Array, b: Float64Array): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!));
  return m;
}

describe.each(FACINGS)('computeKinematics facing %s', (facing) => {
  const { tS, travel } = repeatedReps({ reps: 3, fps: 30, depthShanks: 0.9 });

  it('matches the true knee angle and hip flexion of the synthetic leg press', () => {
    const syn = syntheticLegPress({ tS, sledTravelShanks: travel, facing });
    const k = computeKinematics(syn.track, KINEMATICS_DEFAULTS);
    expect(maxAbsDiff(k.kneeDeg, syn.kneeDeg)).toBeLessThan(1e-6);
    expect(maxAbsDiff(k.hipFlexionDeg, syn.hipFlexionDeg)).toBeLessThan(1e-6);
    // The reps really bend the knee and flex the hip, so the comparison is not trivial.
    expect(Math.min(...k.kneeDeg)).toBeLessThan(120);
    expect(Math.max(...k.hipFlexionDeg) - Math.min(...k.hipFlexionDeg)).toBeGreaterThan(20);
  });

  it('takes the reference from the tops: pad line through the top hip and shoulder, true segment lengths', () => {
    const syn = syntheticLegPress({ tS, sledTravelShanks: travel, facing, thighPx: 170, shankPx: 140 });
    const k = computeKinematics(syn.track, KINEMATICS_DEFAULTS);
    const ref = k.reference;
    expect(ref.thighLengthPx).toBeCloseTo(170, 6);
    expect(ref.shankLengthPx).toBeCloseTo(140, 6);
    for (const f of ref.topFrames) expect(syn.kneeDeg[f]).toBeGreaterThan(Math.max(...syn.kneeDeg) - 8.5);
    expect(ref.topFrames.length).toBeGreaterThan(30);
    const hip = syn.track.near.hip!;
    const ankle = syn.track.near.ankle!;
    expect(ref.hipAtTop.x).toBeCloseTo(hip.x[0]!, 6);
    expect(ref.ankleAtTop.y).toBeCloseTo(ankle.y[0]!, 0);
    expect(ref.sledAxis.x).toBeCloseTo(syn.sledAxisTowardsLifter.x, 6);
    expect(ref.sledAxis.y).toBeCloseTo(syn.sledAxisTowardsLifter.y, 6);
  });

  it('measures sled travel in shank lengths from the top, positive deeper', () => {
    const syn = syntheticLegPress({ tS, sledTravelShanks: travel, facing });
    const k = computeKinematics(syn.track, KINEMATICS_DEFAULTS);
    // Ankle at top is the median over top frames, which sit within a hair of zero travel.
    expect(maxAbsDiff(k.sledTravelShanks, travel)).toBeLessThan(0.02);
    const deepest = travel.indexOf(Math.max(...travel));
    expect(k.sledTravelShanks[deepest]).toBeGreaterThan(0.85);
  });

  it('signs hip departure forward off the pad, slide towards the shoulders, and trunk rotation as posterior tilt', () => {
    const n = 60;
    const dep = Float64Array.from({ length: n }, (_, i) => (i < 30 ? 0 : 0.1));
    const slide = Float64Array.from({ length: n }, (_, i) => (i < 30 ? 0 : i < 45 ? 0 : 0.05));
    const syn = syntheticLegPress({
      tS: uniformTimes(n, 30),
      sledTravelShanks: new Float64Array(n),
      hipDepartureThighs: dep,
      hipSlideThighs: slide,
      facing,
    });
    const k = computeKinematics(syn.track, KINEMATICS_DEFAULTS);
    expect(k.hipDepartureThighs[10]).toBeCloseTo(0, 6);
    expect(k.hipDepartureThighs[40]).toBeCloseTo(0.1, 6);
    expect(k.hipSlideThighs[40]).toBeCloseTo(0, 6);
    expect(k.hipSlideThighs[50]).toBeCloseTo(0.05, 6);
    expect(k.trunkRotationDeg[10]).toBeCloseTo(0, 6);
    // Hip 16 px forward of a 200 px trunk whose shoulder stays: atan(16/200) = 4.57 deg.
    expect(k.trunkRotationDeg[40]).toBeCloseTo(Math.atan(16 / 200) * (180 / Math.PI), 3);
  });

  // Heel and head come off at the bottom of each rep, in proportion to depth; the tops stay clean.
  const depth = 0.9;
  const deepest = travel.indexOf(Math.max(...travel));

  it('measures heel lift positive when the heel rises, and head departure forward off the pad', () => {
    const syn = syntheticLegPress({
      tS,
      sledTravelShanks: travel,
      heelLiftDeg: travel.map((s) => (15 * s) / depth),
      headDepartureThighs: travel.map((s) => (0.2 * s) / depth),
      facing,
    });
    const k = computeKinematics(syn.track, KINEMATICS_DEFAULTS);
    expect(k.heelLiftDeg?.[0]).toBeCloseTo(0, 6);
    expect(k.heelLiftDeg?.[deepest]).toBeCloseTo(15, 6);
    expect(k.headDepartureThighs[0]).toBeCloseTo(0, 6);
    expect(k.headDepartureThighs[deepest]).toBeCloseTo(0.2, 6);
  });

  it('falls back to the nose for the head where the ear is missing', () => {
    const syn = syntheticLegPress({
      tS,
      sledTravelShanks: travel,
      headDepartureThighs: travel.map((s) => (0.3 * s) / depth),
      facing,
    });
    syn.track.near.ear!.x.fill(Number.NaN, deepest - 5, deepest + 5);
    const k = computeKinematics(syn.track, KINEMATICS_DEFAULTS);
    expect(k.headDepartureThighs[deepest]).toBeCloseTo(0.3, 6);
  });
});

describe('computeKinematics with missing data', () => {
  it('gives NaN in missing frames and no heel lift without foot landmarks', () => {
    const { tS, travel } = repeatedReps({ reps: 2, fps: 30, depthShanks: 0.8 });
    const syn = syntheticLegPress({
      tS,
      sledTravelShanks: travel,
      landmarkSet: 'movenet17',
      missing: (i) => i >= 50 && i < 55,
    });
    const k = computeKinematics(syn.track, KINEMATICS_DEFAULTS);
    expect(k.heelLiftDeg).toBeUndefined();
    for (const s of [
      k.kneeDeg,
      k.hipFlexionDeg,
      k.hipDepartureThighs,
      k.sledTravelShanks,
      k.sledVelocityShanksPerS,
    ]) {
      expect(s[52]).toBeNaN();
      expect(Number.isFinite(s[60]!)).toBe(true);
    }
  });

  it('returns all-NaN series, not an exception, when nobody is seen', () => {
    const syn = syntheticLegPress({
      tS: uniformTimes(10, 30),
      sledTravelShanks: new Float64Array(10),
      missing: () => true,
    });
    const k = computeKinematics(syn.track, KINEMATICS_DEFAULTS);
    expect(Array.from(k.kneeDeg).every(Number.isNaN)).toBe(true);
    expect(k.reference.thighLengthPx).toBeNaN();
  });
});
