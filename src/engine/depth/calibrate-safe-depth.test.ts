import { describe, expect, it } from 'vitest';
import { DEPTH_DEFAULTS } from '../config/depth-config.js';
import { KINEMATICS_DEFAULTS } from '../config/kinematics-config.js';
import { REPS_DEFAULTS } from '../config/reps-config.js';
import { computeKinematics } from '../kinematics/compute-kinematics.js';
import { repeatedReps, syntheticLegPress } from '../kinematics/test-support.js';
import type { Kinematics } from '../kinematics/types.js';
import { segmentReps } from '../reps/segment-reps.js';
import { kinematicsFromKnee, kneeProfile, repKeys } from '../reps/test-support.js';
import { calibrateSafeDepth } from './calibrate-safe-depth.js';

/** Slow calibration reps whose pelvis rolls (departure ramps steeply) past `onsets[r]` deg hip flexion. */
function calibrationSet(onsets: readonly (number | null)[], noise = 0.01): Kinematics {
  const { tS, kneeDeg } = kneeProfile(repKeys({ count: onsets.length, eccentricS: 4, concentricS: 2 }), 30);
  const k = kinematicsFromKnee(tS, kneeDeg);
  const dep = new Float64Array(tS.length);
  const repS = 7; // top pause 1 + eccentric 4 + concentric 2
  for (let i = 0; i < tS.length; i++) {
    const r = Math.min(onsets.length - 1, Math.floor(Math.max(0, tS[i]! - 1) / repS));
    const onset = onsets[r];
    const over = onset === null || onset === undefined ? 0 : Math.max(0, k.hipFlexionDeg[i]! - onset);
    dep[i] = 0.5 * over + noise * Math.sin(i * 1.7);
  }
  return { ...k, hipDepartureThighs: dep };
}

describe('calibrateSafeDepth', () => {
  it('finds a known onset and sets the safe depth the margin below it', () => {
    const k = calibrationSet([95, 95, 95]);
    const { reps } = segmentReps(k, REPS_DEFAULTS);
    expect(reps).toHaveLength(3);
    const cal = calibrateSafeDepth(k, reps, DEPTH_DEFAULTS);
    expect(cal.tuckOnsetHipFlexionDeg).not.toBeNull();
    expect(Math.abs(cal.tuckOnsetHipFlexionDeg! - 95)).toBeLessThan(1);
    expect(cal.safeDepth.source).toBe('calibration');
    expect(cal.safeDepth.hipFlexionDeg).toBeCloseTo(
      cal.tuckOnsetHipFlexionDeg! - DEPTH_DEFAULTS.marginBelowTuckOnsetDeg,
      9,
    );
    expect(cal.maxHipFlexionDeg).toBeGreaterThan(100);
    expect(cal.confidence).toBeGreaterThan(0.8);
    expect(cal.explanation).toMatch(/started to roll/);
  });

  it('takes the median across reps, so one early rep does not set the limit alone, and lowers confidence', () => {
    const calibrate = (onsets: number[]) => {
      const k = calibrationSet(onsets);
      return calibrateSafeDepth(k, segmentReps(k, REPS_DEFAULTS).reps, DEPTH_DEFAULTS);
    };
    const mixed = calibrate([80, 95, 96]);
    expect(Math.abs(mixed.tuckOnsetHipFlexionDeg! - 95)).toBeLessThan(1);
    expect(mixed.confidence).toBeLessThan(calibrate([95, 95, 96]).confidence);
  });

  it('uses the deepest hip flexion reached, and says so, when the pelvis never rolled', () => {
    const k = calibrationSet([null, null, null]);
    const reps = segmentReps(k, REPS_DEFAULTS).reps;
    const cal = calibrateSafeDepth(k, reps, DEPTH_DEFAULTS);
    expect(cal.tuckOnsetHipFlexionDeg).toBeNull();
    expect(cal.safeDepth.hipFlexionDeg).toBeCloseTo(Math.max(...reps.map((r) => r.hipFlexionMaxDeg)), 9);
    expect(cal.explanation).toMatch(/stayed on the pad/);
  });

  it('does not let one rep that seemed to roll outvote two that went deeper seated', () => {
    const k = calibrationSet([95, null, null]);
    const cal = calibrateSafeDepth(k, segmentReps(k, REPS_DEFAULTS).reps, DEPTH_DEFAULTS);
    expect(cal.tuckOnsetHipFlexionDeg).toBeNull();
    expect(cal.explanation).toMatch(/1 of 3/);
    expect(cal.confidence).toBeLessThan(0.7);
  });

  it('ignores a slow wander of the hip that comes back before the bottom', () => {
    const k = calibrationSet([null]);
    const reps = segmentReps(k, REPS_DEFAULTS).reps;
    const r = reps[0]!;
    const wander = Float64Array.from(k.hipDepartureThighs);
    const q = Math.round((r.bottomFrame - r.startFrame) / 3);
    for (let i = r.startFrame + q; i < r.startFrame + q + 8; i++) wander[i] = 0.06;
    const cal = calibrateSafeDepth({ ...k, hipDepartureThighs: wander }, reps, DEPTH_DEFAULTS);
    expect(cal.tuckOnsetHipFlexionDeg).toBeNull();
  });

  it('does not take a one-frame spike for an onset', () => {
    const k = calibrationSet([null]);
    const reps = segmentReps(k, REPS_DEFAULTS).reps;
    const spiky = Float64Array.from(k.hipDepartureThighs);
    spiky[Math.round((reps[0]!.startFrame + reps[0]!.bottomFrame) / 2)] = 0.3;
    const cal = calibrateSafeDepth({ ...k, hipDepartureThighs: spiky }, reps, DEPTH_DEFAULTS);
    expect(cal.tuckOnsetHipFlexionDeg).toBeNull();
  });

  it('falls back to the default with zero confidence when there is no rep', () => {
    const cal = calibrateSafeDepth(calibrationSet([95]), [], DEPTH_DEFAULTS);
    expect(cal.safeDepth).toEqual({
      hipFlexionDeg: DEPTH_DEFAULTS.defaultSafeHipFlexionDeg,
      source: 'default',
    });
    expect(cal.confidence).toBe(0);
  });

  it('finds the onset end to end from a synthetic leg press track', () => {
    const depth = 1.1;
    const { tS, travel } = repeatedReps({
      reps: 3,
      fps: 30,
      depthShanks: depth,
      eccentricS: 4,
      concentricS: 2,
    });
    const rollFrom = 0.8; // the pelvis starts to lift off the pad past 0.8 shank of sled travel
    const dep = travel.map((s) => Math.max(0, s - rollFrom) * 1.5);
    const syn = syntheticLegPress({ tS, sledTravelShanks: travel, hipDepartureThighs: dep });
    const k = computeKinematics(syn.track, KINEMATICS_DEFAULTS);
    const reps = segmentReps(k, REPS_DEFAULTS).reps;
    expect(reps).toHaveLength(3);
    const cal = calibrateSafeDepth(k, reps, DEPTH_DEFAULTS);
    // Truth: the true hip flexion where the departure first passes the onset level on the first descent.
    const first = dep.findIndex((d) => d > DEPTH_DEFAULTS.tuckOnsetDepartureThighs);
    expect(Math.abs(cal.tuckOnsetHipFlexionDeg! - syn.hipFlexionDeg[first]!)).toBeLessThan(1);
  });
});
