import { describe, expect, it } from 'vitest';
import { ENGINE_DEFAULTS as C } from '../config/engine-config.js';
import { buildScenario, NOISE_PRESETS, simulateSet } from '../../sim/index.js';
import { conditionTrack } from './condition-track.js';

/**
 * Outlier rejection must leave 2D pose jitter alone: every rejected sample is filled from its neighbours, and at
 * the video path's analysis rates (15-20 fps) one sample can be a whole turning point (the bottom of a bounce,
 * a locked knee). Moderate simulated noise with no gross outliers at all: the share of near-side points
 * rejected. A 7-sample Hampel window with only a pixel floor rejected ~7% of them at every frame rate.
 */
describe('conditioning at low frame rates', () => {
  it.each([15, 20, 60])('takes no jitter for an outlier at %i fps', (fps) => {
    const noise = { ...NOISE_PRESETS.moderate, outlier: 0, swap: 0 };
    const sim = simulateSet(buildScenario('bounce', { fps, noise, seed: 7 }));
    const { stats } = conditionTrack(sim.track, C.conditioning, 'offline');
    const nearPoints = 7; // ear, shoulder, hip, knee, ankle, heel, toe
    expect(stats.outliersRejected / (stats.frameCount * nearPoints)).toBeLessThan(0.005);
  });

  it('still rejects gross outliers (half a thigh or more) at 15 fps', () => {
    const noise = { ...NOISE_PRESETS.moderate, outlier: 0.02, swap: 0 };
    const sim = simulateSet(buildScenario('bounce', { fps: 15, noise, seed: 7 }));
    const { stats } = conditionTrack(sim.track, C.conditioning, 'offline');
    // About 2% of points are thrown 0.5-1 thigh; most must go (some land on a missing frame or next to another).
    expect(stats.outliersRejected / (stats.frameCount * 7)).toBeGreaterThan(0.01);
  });
});
