import { describe, expect, it } from 'vitest';
import { REPS_DEFAULTS } from '../config/reps-config.js';
import { segmentReps } from './segment-reps.js';
import { kinematicsFromKnee, kneeProfile, repKeys } from './test-support.js';

const FPS = 30;

/** One rep's dwell with the knee dipped `dipDeg` under the bottom for `dipFrames` frames in the pause's middle. */
function dwellWithDip(bottomPauseS: number, dipDeg: number, dipFrames: number): number {
  const keys = repKeys({ count: 1, eccentricS: 2, concentricS: 1.2, bottomPauseS });
  const { tS, kneeDeg } = kneeProfile(keys, FPS);
  const mid = Math.round((1 + 2 + bottomPauseS / 2) * FPS);
  for (let i = 0; i < dipFrames; i++) kneeDeg[mid + i] = kneeDeg[mid + i]! - dipDeg;
  const { reps } = segmentReps(kinematicsFromKnee(tS, kneeDeg), REPS_DEFAULTS);
  expect(reps).toHaveLength(1);
  return reps[0]!.bottomDwellS;
}

describe('bottom dwell', () => {
  it('keeps a 0.76 s pause when one frame dips 6 deg under it', () => {
    expect(dwellWithDip(0.76, 0, 0)).toBeGreaterThan(0.7);
    // The deepest frame is the dip; the pause is still measured, not just the dip.
    expect(dwellWithDip(0.76, 6, 1)).toBeGreaterThan(0.6);
  });

  it('keeps most of the pause when a 0.15 s, 6 deg dip sits in it', () => {
    expect(dwellWithDip(0.76, 6, 5)).toBeGreaterThan(0.3);
  });

  it('stays short on a rep that turns at once at the bottom', () => {
    // A fast V (0.6 s each way): the steady stretch is the band around the deepest frame, not longer.
    const keys = repKeys({ count: 1, eccentricS: 0.6, concentricS: 0.6 });
    const { tS, kneeDeg } = kneeProfile(keys, FPS);
    const { reps } = segmentReps(kinematicsFromKnee(tS, kneeDeg), REPS_DEFAULTS);
    expect(reps[0]!.bottomDwellS).toBeLessThan(0.25);
  });
});
