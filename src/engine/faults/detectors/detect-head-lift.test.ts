import { describe, expect, it } from 'vitest';
import { findingsOf, framesWithin, onlyFinding } from '../test-findings.js';
import { buildContext, buildSet, buildTrack, repFrames, setAt, setScore, view } from '../test-support.js';
import { headLiftDetector } from './detect-head-lift.js';

function liftInRep(thighs: number, position = 2) {
  const set = buildSet([{}, {}, {}]);
  const rep = set.reps[position]!;
  setAt(set.kinematics.headDepartureThighs, repFrames(rep).slice(30, 45), thighs);
  return set;
}

describe('head_lift', () => {
  it('warns and alerts as the head comes off the pad, in the right rep', () => {
    const warn = onlyFinding(headLiftDetector.detect(buildContext(liftInRep(0.2))));
    expect([warn.repIndex, warn.severity]).toEqual([3, 'warn']);
    const set = liftInRep(0.4);
    const alert = onlyFinding(headLiftDetector.detect(buildContext(set)));
    expect(alert.severity).toBe('alert');
    expect(framesWithin(alert, set.reps[2]!.startFrame, set.reps[2]!.endFrame)).toBe(true);
  });

  it("measures from the lifter's own head position at the top", () => {
    // A head that rests ahead of the shoulder-hip line all set long is not lifting.
    const still = buildSet([{}, {}]);
    still.kinematics.headDepartureThighs.fill(0.25);
    expect(findingsOf(headLiftDetector.detect(buildContext(still)))).toEqual([]);
    const set = liftInRep(0.35);
    set.kinematics.headDepartureThighs.forEach((v, i, a) => (a[i] = v + 0.25));
    expect(onlyFinding(headLiftDetector.detect(buildContext(set))).measure.value).toBeCloseTo(0.35);
  });

  it('stays quiet on a clean set and just below the warn level', () => {
    expect(findingsOf(headLiftDetector.detect(buildContext(buildSet([{}, {}]))))).toEqual([]);
    expect(findingsOf(headLiftDetector.detect(buildContext(liftInRep(0.14))))).toEqual([]);
  });

  it('is less confident with a poorly seen head, and not assessable with none', () => {
    const set = liftInRep(0.4);
    const all = Array.from({ length: set.frameCount }, (_, i) => i);
    const clear = onlyFinding(headLiftDetector.detect(buildContext(set))).confidence;
    const dim = buildTrack(set);
    setScore(dim, 'ear', repFrames(set.reps[2]!), 0.35);
    setAt(dim.nose.score, repFrames(set.reps[2]!), 0.35);
    expect(onlyFinding(headLiftDetector.detect(buildContext(set, { track: dim }))).confidence).toBeLessThan(
      clear,
    );
    // The nose stands in for a hidden ear, as in the kinematics.
    const noseOnly = buildTrack(set);
    setScore(noseOnly, 'ear', all, 0);
    expect(onlyFinding(headLiftDetector.detect(buildContext(set, { track: noseOnly }))).severity).toBe(
      'alert',
    );
    setAt(noseOnly.nose.score, all, 0.1);
    expect(headLiftDetector.detect(buildContext(set, { track: noseOnly }))).toMatchObject({
      assessable: false,
      reason: expect.stringMatching(/head/),
    });
    expect(headLiftDetector.detect(buildContext(set, { view: view('front') })).assessable).toBe(false);
  });
});
