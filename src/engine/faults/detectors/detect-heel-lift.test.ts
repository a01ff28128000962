import { describe, expect, it } from 'vitest';
import { findingsOf, framesWithin, onlyFinding } from '../test-findings.js';
import { buildContext, buildSet, buildTrack, repFrames, setAt, setScore } from '../test-support.js';
import { heelLiftDetector } from './detect-heel-lift.js';

function liftAtBottom(deg: number) {
  const set = buildSet([{}, {}]);
  setAt(set.kinematics.heelLiftDeg!, repFrames(set.reps[1]!, 'bottom', set), deg);
  return set;
}

describe('heel_lift', () => {
  it('warns past 10 deg and alerts past 20 deg near the bottom, in the right rep', () => {
    const warn = onlyFinding(heelLiftDetector.detect(buildContext(liftAtBottom(14))));
    expect([warn.repIndex, warn.severity]).toEqual([2, 'warn']);
    const set = liftAtBottom(25);
    const alert = onlyFinding(heelLiftDetector.detect(buildContext(set)));
    expect(alert.severity).toBe('alert');
    expect(framesWithin(alert, set.reps[1]!.startFrame, set.reps[1]!.endFrame)).toBe(true);
    expect(alert.measure).toMatchObject({ name: 'heelLiftDeg', unit: 'deg', threshold: 20 });
  });

  it('stays quiet on flat feet and just below 10 deg', () => {
    expect(findingsOf(heelLiftDetector.detect(buildContext(buildSet([{}]))))).toEqual([]);
    expect(findingsOf(heelLiftDetector.detect(buildContext(liftAtBottom(9.5))))).toEqual([]);
  });

  it('says how to check heels when the model has no heel landmarks', () => {
    const set = liftAtBottom(25);
    set.kinematics.heelLiftDeg = undefined;
    const track = buildTrack(set, { landmarkSet: 'movenet17' });
    expect(heelLiftDetector.detect(buildContext(set, { track }))).toEqual({
      assessable: false,
      reason: 'MoveNet has no heel landmarks; use a BlazePose pose model to check heels',
      // The presenters word the code per surface: the CLI names --model, the web app its Model menu.
      code: 'needs_foot_landmarks',
      params: { landmarkSet: 'movenet17' },
    });
  });

  it('is not assessable when the foot is seen too poorly to tell flat from lifted', () => {
    const ctx = buildContext(liftAtBottom(25));
    const withNoise = (sd: number) => ({
      ...ctx,
      kinematics: { ...ctx.kinematics, heelAngleUncertaintyDeg: sd },
    });
    expect(onlyFinding(heelLiftDetector.detect(withNoise(1))).severity).toBe('alert');
    // Feet behind the weight plates: the measured foot length wobbles by ~10%, i.e. ~6 deg of angle noise.
    const result = heelLiftDetector.detect(withNoise(6));
    expect(result.assessable).toBe(false);
    expect(result.assessable === false && result.reason).toMatch(/feet are not seen clearly/);
  });

  it('is not assessable, instead of calling lifts, when the toe swings off the platform line', () => {
    // BlazePose on a plain shoe: the toe follows the shin, so the foot line turns ~45 deg on flat feet.
    const ctx = buildContext(liftAtBottom(45));
    const withDrift = (deg: number) => ({ ...ctx, kinematics: { ...ctx.kinematics, toeDriftDeg: deg } });
    const result = heelLiftDetector.detect(withDrift(40));
    expect(result.assessable).toBe(false);
    expect(result.assessable === false && result.reason).toMatch(/toe point moves with your shin/);
    // A real foot keeps its toes on the platform (a few degrees of keypoint noise): the lift is still called.
    expect(onlyFinding(heelLiftDetector.detect(withDrift(2))).severity).toBe('alert');
  });

  it('is not assessable when the foot is measured much shorter or longer than a real foot against the shin', () => {
    const ctx = buildContext(liftAtBottom(25));
    const withFoot = (ratio: number) => ({
      ...ctx,
      kinematics: { ...ctx.kinematics, footToShankRatio: ratio },
    });
    // Real shoes seen side-on read about half a shank long: the lift is called.
    expect(onlyFinding(heelLiftDetector.detect(withFoot(0.5))).severity).toBe('alert');
    for (const ratio of [0.2, 1.4]) {
      const result = heelLiftDetector.detect(withFoot(ratio));
      expect(result.assessable).toBe(false);
      expect(result.assessable === false && result.reason).toMatch(/does not see your feet as real feet/);
    }
  });

  it('is less confident, or not assessable, as the heel is seen worse', () => {
    const set = liftAtBottom(25);
    const clear = onlyFinding(heelLiftDetector.detect(buildContext(set))).confidence;
    const dimTrack = buildTrack(set);
    setScore(dimTrack, 'heel', repFrames(set.reps[1]!), 0.4);
    expect(
      onlyFinding(heelLiftDetector.detect(buildContext(set, { track: dimTrack }))).confidence,
    ).toBeLessThan(clear);
    const hidden = buildTrack(set);
    setScore(
      hidden,
      'heel',
      Array.from({ length: set.frameCount }, (_, i) => i),
      0.05,
    );
    expect(heelLiftDetector.detect(buildContext(set, { track: hidden }))).toMatchObject({
      assessable: false,
      reason: expect.stringMatching(/heel/),
    });
  });
});
