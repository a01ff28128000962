import { describe, expect, it } from 'vitest';
import { DEPTH_DEFAULTS } from '../config/depth-config.js';
import { KINEMATICS_DEFAULTS } from '../config/kinematics-config.js';
import { REPS_DEFAULTS } from '../config/reps-config.js';
import { VIEW_DEFAULTS } from '../config/view-config.js';
import { computeKinematics } from '../kinematics/compute-kinematics.js';
import { repeatedReps, syntheticLegPress } from '../kinematics/test-support.js';
import { segmentReps } from '../reps/segment-reps.js';
import { assessView } from '../view/assess-view.js';
import { calibrateSafeDepth } from './calibrate-safe-depth.js';

describe('kinematics -> view -> reps -> depth throughput', () => {
  // Speed is measured by `npm run bench` (docs/accuracy.md, Throughput), not asserted here: a CPU-time budget in a
  // unit test fails whenever other test files share the process's cores.
  it('segments an hour at 30 fps (108k frames) completely: every one of 1200 reps, the view side-on', () => {
    const { tS, travel } = repeatedReps({ reps: 1200, fps: 30, depthShanks: 0.9, topPauseS: 0.5 });
    expect(tS.length).toBeGreaterThan(108_000);
    const { track } = syntheticLegPress({ tS, sledTravelShanks: travel });
    const k = computeKinematics(track, KINEMATICS_DEFAULTS);
    const view = assessView(track, k, VIEW_DEFAULTS);
    const { reps } = segmentReps(k, REPS_DEFAULTS);
    calibrateSafeDepth(k, reps, DEPTH_DEFAULTS);
    expect(reps).toHaveLength(1200);
    expect(view.view).toBe('side');
  });
});
