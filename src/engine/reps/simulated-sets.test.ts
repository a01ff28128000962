import { describe, expect, it } from 'vitest';
import { ENGINE_DEFAULTS as C } from '../config/engine-config.js';
import { conditionTrack } from '../conditioning/condition-track.js';
import { computeKinematics } from '../kinematics/compute-kinematics.js';
import { buildScenario, simulateSet } from '../../sim/index.js';
import { assessView } from '../view/assess-view.js';
import { segmentReps } from './segment-reps.js';

/**
 * Conditioning -> kinematics -> view -> reps on simulated sets with setup, re-racking, pose noise, dropouts,
 * swaps and variable frame rate, against the simulator's ground truth.
 */
describe('segmentReps on simulated sets', () => {
  const cases = (['none', 'moderate', 'high'] as const).flatMap((noise) =>
    (['clean', 'bounce'] as const).flatMap((kind) =>
      (['right', 'left'] as const).map((facing) => ({
        noise,
        kind,
        facing,
        startAtBottom: noise !== 'none',
      })),
    ),
  );

  it.each(cases)('counts the true reps and times them: $kind, $noise noise, facing $facing', (c) => {
    const params = buildScenario(c.kind, {
      noise: c.noise,
      seed: 11,
      startAtBottom: c.startAtBottom,
      camera: { imageWidthPx: 1280, imageHeightPx: 720, hfovDeg: 65, fill: 0.75, facing: c.facing },
    });
    const sim = simulateSet(params);
    const track = conditionTrack(sim.track, C.conditioning, 'offline');
    const k = computeKinematics(track, C.kinematics);
    const { reps } = segmentReps(k, C.reps);
    const truth = sim.truth.reps;
    expect(reps).toHaveLength(truth.length);
    expect(assessView(track, k, C.view).view).toBe('side');
    // Timing tolerance grows with the simulated keypoint noise ('high' wobbles the knee by ~10 deg).
    const tolS = { none: 0.2, moderate: 0.4, high: 0.8 }[c.noise];
    reps.forEach((r, i) => {
      const t = truth[i]!;
      expect(Math.abs(r.startS - t.startS)).toBeLessThan(tolS);
      expect(Math.abs(r.endS - t.endS)).toBeLessThan(tolS);
      expect(t.bottomS).toBeGreaterThan(r.startS);
      expect(t.bottomS).toBeLessThan(r.endS);
      // The truth's lowering time runs to the middle of the bottom pause; ours stops on arrival.
      expect(Math.abs(r.eccentricS - t.eccentricS)).toBeLessThan(tolS);
    });
  });
});
