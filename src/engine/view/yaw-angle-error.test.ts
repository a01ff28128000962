import { describe, expect, it } from 'vitest';
import { KINEMATICS_DEFAULTS } from '../config/kinematics-config.js';
import { VIEW_DEFAULTS } from '../config/view-config.js';
import type { ConditionedTrack, PointSeries } from '../conditioning/types.js';
import { computeKinematics } from '../kinematics/compute-kinematics.js';
import { kneeAngleDeg } from '../kinematics/knee-angle.js';
import { repeatedReps, syntheticLegPress } from '../kinematics/test-support.js';
import { yawAngleErrorBoundDeg } from './yaw-angle-error.js';

/** The track as a camera yawed `yawDeg` off side-on sees it: horizontal offsets shrink by cos(yaw). */
function yawed(track: ConditionedTrack, yawDeg: number): ConditionedTrack {
  const c = Math.cos((yawDeg * Math.PI) / 180);
  const x0 = track.near.hip!.x[0]!;
  const squeeze = (p: PointSeries | undefined): PointSeries | undefined =>
    p && { ...p, x: p.x.map((x) => x0 + (x - x0) * c) };
  const near = Object.fromEntries(Object.entries(track.near).map(([k, p]) => [k, squeeze(p)]));
  return { ...track, near: near as ConditionedTrack['near'] };
}

describe('yawAngleErrorBoundDeg', () => {
  const { tS, travel } = repeatedReps({ reps: 2, fps: 30, depthShanks: 1 });
  const syn = syntheticLegPress({ tS, sledTravelShanks: travel, kneeTopDeg: 165 });

  it.each([10, 20, 30])(
    'bounds the knee and hip angle error of a leg press filmed %i deg off side-on',
    (yaw) => {
      // The geometry's bound, so the knee angle straight from the projected points (the engine also removes a
      // constant keypoint offset per bone, which reads some foreshortening as offset: bone-offset.test.ts).
      const track = yawed(syn.track, yaw);
      const k = computeKinematics(track, KINEMATICS_DEFAULTS);
      const knee = kneeAngleDeg(track.near.hip!, track.near.knee!, track.near.ankle!, track.facing);
      let worst = 0;
      for (let i = 0; i < tS.length; i++) {
        worst = Math.max(worst, Math.abs(knee[i]! - syn.kneeDeg[i]!));
        worst = Math.max(worst, Math.abs(k.hipFlexionDeg[i]! - syn.hipFlexionDeg[i]!));
      }
      expect(worst).toBeGreaterThan(0.1 * yawAngleErrorBoundDeg(yaw)); // yaw really distorts the angles
      expect(worst).toBeLessThanOrEqual(yawAngleErrorBoundDeg(yaw) + 1e-9);
    },
  );

  it('keeps the side-view yaw limit inside the 5 deg angle goal, and 30 deg outside it', () => {
    expect(yawAngleErrorBoundDeg(0)).toBeCloseTo(0, 9);
    expect(yawAngleErrorBoundDeg(VIEW_DEFAULTS.maxSideYawDeg)).toBeLessThan(5);
    expect(yawAngleErrorBoundDeg(30)).toBeGreaterThan(5);
  });
});
