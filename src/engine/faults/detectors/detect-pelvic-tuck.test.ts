import { describe, expect, it } from 'vitest';
import type { Rep } from '../../reps/types.js';
import { buildContext, buildSet, buildTrack, repFrames, setAt, setScore, view } from '../test-support.js';
import { findingsOf as findings } from '../test-findings.js';
import type { FaultFinding } from '../types.js';
import { pelvicTuckDetector } from './detect-pelvic-tuck.js';

function setWithTuck(value: number, repPosition = 1) {
  const set = buildSet([{}, {}, {}]);
  const rep = set.reps[repPosition] as Rep;
  setAt(set.kinematics.hipDepartureThighs, repFrames(rep, 'bottom', set), value);
  return { set, rep };
}

describe('pelvic_tuck', () => {
  it('fires an alert in the rep whose hips leave the pad, frames inside that rep', () => {
    const { set, rep } = setWithTuck(0.2);
    const found = findings(pelvicTuckDetector.detect(buildContext(set)));
    expect(found).toHaveLength(1);
    const f = found[0] as FaultFinding;
    expect(f.repIndex).toBe(rep.index);
    expect(f.severity).toBe('alert');
    expect(f.measure).toMatchObject({ name: 'hipDepartureThighs', unit: 'thighs', threshold: 0.15 });
    expect(f.measure.value).toBeCloseTo(0.2);
    for (const frame of f.frames) {
      expect(frame).toBeGreaterThanOrEqual(rep.startFrame);
      expect(frame).toBeLessThanOrEqual(rep.endFrame);
    }
    expect(f.fix).toMatch(/pad/);
  });

  it('is not assessable, instead of calling butt winks, when the hip point wanders as far as the warn lift', () => {
    // MoveNet Lightning on rendered sets: the thigh length spreads ~10-16%, i.e. the hip point wanders ~0.07-0.11
    // thighs, and it drifted past the 0.08 warn lift on clean reps.
    const { set } = setWithTuck(0.1);
    const ctx = buildContext(set);
    const withNoise = (sd: number) => ({
      ...ctx,
      kinematics: { ...ctx.kinematics, hipPositionUncertaintyThighs: sd },
    });
    const result = pelvicTuckDetector.detect(withNoise(0.07));
    expect(result.assessable).toBe(false);
    expect(result.assessable === false && result.reason).toMatch(/hip point wanders by about 14%/);
    expect(result).toMatchObject({ code: 'hip_point_unclear', params: { wanderPercent: 14 } });
    // BlazePose full and MoveNet Thunder (thigh spread 3-4%): the lift is still called.
    expect(findings(pelvicTuckDetector.detect(withNoise(0.025)))[0]?.severity).toBe('warn');
  });

  it('warns between the warn and alert levels', () => {
    const { set } = setWithTuck(0.1);
    expect(findings(pelvicTuckDetector.detect(buildContext(set)))[0]?.severity).toBe('warn');
  });

  it('puts the clearest frame first', () => {
    const { set, rep } = setWithTuck(0.1);
    const peakFrame = rep.bottomFrame;
    set.kinematics.hipDepartureThighs[peakFrame] = 0.13;
    expect(findings(pelvicTuckDetector.detect(buildContext(set)))[0]?.frames[0]).toBe(peakFrame);
  });

  it('counts sliding up the pad as well as lifting off it', () => {
    const set = buildSet([{}, {}]);
    setAt(set.kinematics.hipSlideThighs, repFrames(set.reps[0] as Rep, 'bottom', set), 0.12);
    const f = findings(pelvicTuckDetector.detect(buildContext(set)))[0];
    expect(f?.measure.name).toBe('hipSlideThighs');
    expect(f?.repIndex).toBe(1);
  });

  it('stays quiet on clean reps and just below the warn level', () => {
    expect(findings(pelvicTuckDetector.detect(buildContext(buildSet([{}, {}, {}]))))).toEqual([]);
    const { set } = setWithTuck(0.075);
    expect(findings(pelvicTuckDetector.detect(buildContext(set)))).toEqual([]);
  });

  it('ignores a spike shorter than the minimum run of frames', () => {
    const set = buildSet([{}, {}]);
    const rep = set.reps[0] as Rep;
    setAt(set.kinematics.hipDepartureThighs, [rep.bottomFrame, rep.bottomFrame + 1], 0.4);
    expect(findings(pelvicTuckDetector.detect(buildContext(set)))).toEqual([]);
  });

  it('needs the hips off the pad for a fifth of a second, not just a few frames', () => {
    const set = buildSet([{ dwellS: 1 }]);
    const rep = set.reps[0] as Rep;
    const run = (n: number) => Array.from({ length: n }, (_, i) => rep.bottomFrame + i);
    setAt(set.kinematics.hipDepartureThighs, run(5), 0.2); // 5 frames = 0.13 s at 30 fps
    expect(findings(pelvicTuckDetector.detect(buildContext(set)))).toEqual([]);
    setAt(set.kinematics.hipDepartureThighs, run(8), 0.2); // 0.23 s
    expect(findings(pelvicTuckDetector.detect(buildContext(set)))).toHaveLength(1);
  });

  it('only looks near the bottom (a shift at the top is not butt wink)', () => {
    const set = buildSet([{}, {}]);
    const rep = set.reps[1] as Rep;
    setAt(set.kinematics.hipDepartureThighs, [rep.startFrame, rep.startFrame + 1, rep.startFrame + 2], 0.3);
    expect(findings(pelvicTuckDetector.detect(buildContext(set)))).toEqual([]);
  });

  it('is more confident when the trunk line also rotates', () => {
    const { set, rep } = setWithTuck(0.1);
    const plain = findings(pelvicTuckDetector.detect(buildContext(set)))[0]?.confidence ?? 0;
    setAt(set.kinematics.trunkRotationDeg, repFrames(rep, 'bottom', set), 12);
    const confirmed = findings(pelvicTuckDetector.detect(buildContext(set)))[0]?.confidence ?? 0;
    expect(confirmed).toBeGreaterThan(plain);
  });

  it('is less confident when the hip is seen poorly', () => {
    const { set, rep } = setWithTuck(0.2);
    const clear = findings(pelvicTuckDetector.detect(buildContext(set)))[0]?.confidence ?? 0;
    const track = buildTrack(set);
    setScore(track, 'hip', repFrames(rep), 0.4);
    const dim = findings(pelvicTuckDetector.detect(buildContext(set, { track })))[0]?.confidence ?? 0;
    expect(dim).toBeLessThan(clear);
    expect(dim).toBeGreaterThan(0);
  });

  it('is not assessable from the front, from too far off side-on, or without reps', () => {
    const { set } = setWithTuck(0.2);
    const front = pelvicTuckDetector.detect(buildContext(set, { view: view('front') }));
    expect(front).toMatchObject({ assessable: false, reason: expect.stringMatching(/side/) });
    const skewed = pelvicTuckDetector.detect(buildContext(set, { view: view('oblique', 40) }));
    expect(skewed).toMatchObject({ assessable: false, reason: expect.stringMatching(/40 degrees/) });
    expect(pelvicTuckDetector.detect(buildContext(set, { reps: [] })).assessable).toBe(false);
  });

  it("is not assessable when a 3D-aware model's depth shows the camera turned past 12 deg, still judged nearer side-on", () => {
    // BlazePose on rendered sets filmed 15-30 deg off side-on: its hip point slides ~0.10 thigh with hip flexion
    // on clean reps, which reads as a tuck; its thigh depth shows those views at 12.5-30 deg.
    const { set } = setWithTuck(0.2);
    const at = (depthYawDeg: number) =>
      pelvicTuckDetector.detect(buildContext(set, { view: { ...view('side', 8), depthYawDeg } }));
    expect(at(14)).toMatchObject({
      assessable: false,
      reason: expect.stringMatching(/14 degrees off side-on/),
    });
    expect(findings(at(10.7))).toHaveLength(1);
    // A 2D model has no depth reading: the angle faults' limit applies alone.
    expect(findings(pelvicTuckDetector.detect(buildContext(set, { view: view('side', 18) })))).toHaveLength(
      1,
    );
  });

  it('is not assessable when the hip is never seen, and never guesses a finding there', () => {
    const { set } = setWithTuck(0.2);
    const track = buildTrack(set);
    setScore(
      track,
      'hip',
      Array.from({ length: set.frameCount }, (_, i) => i),
      0.1,
    );
    const result = pelvicTuckDetector.detect(buildContext(set, { track }));
    expect(result).toMatchObject({ assessable: false, reason: expect.stringMatching(/hip/) });
  });

  it('lists a rep whose bottom was hidden as unassessed, not clean', () => {
    const set = buildSet([{}, {}, {}]);
    const track = buildTrack(set);
    setScore(track, 'hip', repFrames(set.reps[0] as Rep), 0);
    const result = pelvicTuckDetector.detect(buildContext(set, { track }));
    expect(result).toMatchObject({ assessable: true, findings: [], unassessedReps: [1] });
  });
});
