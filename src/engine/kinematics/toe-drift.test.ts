import { describe, expect, it } from 'vitest';
import { KINEMATICS_DEFAULTS } from '../config/kinematics-config.js';
import type { PointSeries } from '../conditioning/types.js';
import { computeKinematics } from './compute-kinematics.js';
import { repeatedReps, syntheticLegPress } from './test-support.js';

const { tS, travel } = repeatedReps({ reps: 3, fps: 30, depthShanks: 0.9 });

/** Heel lifting 25 deg about the toe at the bottom of every rep (lift follows the sled travel). */
const lift = travel.map((v) => (25 * v) / 0.9);

/**
 * A pose model guessing the foot: the toe kept at a fixed angle to the shin (knee->ankle), so it swings with
 * the shin through every rep, as BlazePose does on a plain rendered shoe.
 */
function toeFollowingShin(knee: PointSeries, ankle: PointSeries, lengthPx: number): PointSeries {
  const n = knee.x.length;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const dx = ankle.x[i]! - knee.x[i]!;
    const dy = ankle.y[i]! - knee.y[i]!;
    const len = Math.hypot(dx, dy);
    // The shin direction turned a quarter turn (towards the toes), scaled to the foot length.
    x[i] = ankle.x[i]! + (dy / len) * lengthPx;
    y[i] = ankle.y[i]! - (dx / len) * lengthPx;
  }
  return { x, y, score: knee.score };
}

describe.each(['right', 'left'] as const)('toeDriftDeg facing %s', (facing) => {
  it('stays near zero for a real foot, flat or with the heel lifting about the toes', () => {
    for (const heelLiftDeg of [undefined, lift]) {
      const syn = syntheticLegPress({
        tS,
        sledTravelShanks: travel,
        facing,
        ...(heelLiftDeg && { heelLiftDeg }),
      });
      const k = computeKinematics(syn.track, KINEMATICS_DEFAULTS);
      expect(k.toeDriftDeg).toBeLessThan(0.5);
    }
  });

  it('is tens of degrees when the toe swings with the shin instead of staying on the platform', () => {
    const syn = syntheticLegPress({ tS, sledTravelShanks: travel, facing });
    const { knee, ankle } = syn.track.near;
    const track = { ...syn.track, near: { ...syn.track.near, toe: toeFollowingShin(knee!, ankle!, 50) } };
    const k = computeKinematics(track, KINEMATICS_DEFAULTS);
    expect(k.toeDriftDeg).toBeGreaterThan(15);
  });

  it('is undefined without foot landmarks', () => {
    const syn = syntheticLegPress({ tS, sledTravelShanks: travel, facing, landmarkSet: 'movenet17' });
    expect(computeKinematics(syn.track, KINEMATICS_DEFAULTS).toeDriftDeg).toBeUndefined();
  });
});
