import { describe, expect, it } from 'vitest';
import { ENGINE_DEFAULTS as C } from '../config/engine-config.js';
import { computeKinematics } from '../kinematics/compute-kinematics.js';
import { buildScenario, NOISE_PRESETS, simulateSet } from '../../sim/index.js';
import type { KeypointPx, KeypointTrack } from '../core/track.js';
import { LANDMARK_SETS } from '../core/landmarks.js';
import { conditionTrack } from './condition-track.js';

/** The set at 15 fps without noise, with one frame's near knee thrown half a thigh down mid-descent. */
function setWithKneeGlitch(): { track: KeypointTrack; clean: KeypointTrack; frame: number } {
  const noise = { ...NOISE_PRESETS.low, outlier: 0, swap: 0 };
  const sim = simulateSet(buildScenario('clean', { fps: 15, noise, seed: 11, landmarkSet: 'blazepose33' }));
  const names = LANDMARK_SETS[sim.track.landmarkSet].names;
  const side = sim.truth.nearSide ?? 'right';
  const hipI = names.indexOf(`${side}_hip`);
  const kneeI = names.indexOf(`${side}_knee`);
  // Mid-descent of the second rep: the knee moves fast, so the Hampel window's spread is wide there.
  const rep = sim.truth.reps[1]!;
  const t = (rep.startS + rep.bottomS) / 2;
  const frame = sim.track.frames.findIndex((f) => f.tS >= t);
  const f = sim.track.frames[frame]!;
  const hip = f.keypoints[hipI]!;
  const knee = f.keypoints[kneeI]!;
  const thighPx = Math.hypot(knee.x - hip.x, knee.y - hip.y);
  const glitched: KeypointPx = { x: knee.x, y: knee.y + 0.5 * thighPx, score: 0.9 };
  const frames = sim.track.frames.map((g, i) =>
    i === frame ? { ...g, keypoints: g.keypoints.map((k, j) => (j === kneeI ? glitched : k)) } : g,
  );
  return { track: { ...sim.track, frames }, clean: sim.track, frame };
}

/**
 * On fast motion the Hampel window's spread is wide and a glitch can pass it (seen on BlazePose at 15 fps); here
 * Hampel and the jump gate are set to their loosest so the bone gate alone is tested.
 */
const LOOSE_HAMPEL = { ...C.conditioning, hampelSigmas: 100, maxPathDeviationThighs: 10 };
const kneeAt = (t: KeypointTrack, frame: number, config = LOOSE_HAMPEL): number =>
  computeKinematics(conditionTrack(t, config, 'offline'), C.kinematics).kneeDeg[frame]!;

describe('bone-length plausibility', () => {
  it('removes a confident knee point half a thigh off in one frame mid-descent (no knee spike)', () => {
    const { track, clean, frame } = setWithKneeGlitch();
    expect(Math.abs(kneeAt(track, frame) - kneeAt(clean, frame))).toBeLessThan(3);
  });

  it('without the gate the same glitch bends the knee angle by over 10 deg (the case it exists for)', () => {
    const { track, clean, frame } = setWithKneeGlitch();
    const off = { ...LOOSE_HAMPEL, boneLengthToleranceFraction: 1 };
    expect(Math.abs(kneeAt(track, frame, off) - kneeAt(clean, frame, off))).toBeGreaterThan(10);
  });

  it('leaves a clean set alone', () => {
    const noise = { ...NOISE_PRESETS.moderate, outlier: 0, swap: 0 };
    const sim = simulateSet(buildScenario('too_deep', { fps: 30, noise, seed: 3 }));
    const { stats } = conditionTrack(sim.track, C.conditioning, 'offline');
    expect(stats.outliersRejected / stats.frameCount).toBeLessThan(0.01);
  });
});
