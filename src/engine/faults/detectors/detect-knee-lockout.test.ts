import { describe, expect, it } from 'vitest';
import { findingsOf, framesWithin, onlyFinding } from '../test-findings.js';
import { buildContext, buildSet, buildTrack, FPS, setAt, setScore, view } from '../test-support.js';
import { kneeLockoutDetector } from './detect-knee-lockout.js';

/** Frames of the pause at the top before rep `position` (0-based). */
function pauseBefore(set: ReturnType<typeof buildSet>, position: number, count?: number): number[] {
  const start = set.reps[position]!.startFrame;
  const n = count ?? Math.round(0.5 * FPS);
  return Array.from({ length: n }, (_, i) => start - n + 1 + i);
}

describe('knee_lockout', () => {
  it('warns when the knees are held straight at the top after a rep, in that rep', () => {
    const set = buildSet([{}, {}, {}]);
    setAt(set.kinematics.kneeDeg, pauseBefore(set, 2), 179);
    const f = onlyFinding(kneeLockoutDetector.detect(buildContext(set)));
    expect(f.repIndex).toBe(2);
    expect(f.severity).toBe('warn');
    expect(framesWithin(f, set.reps[1]!.bottomFrame, set.reps[2]!.bottomFrame)).toBe(true);
    expect(f.measure).toMatchObject({ name: 'kneeDeg', unit: 'deg', threshold: 178 });
  });

  it('with a model that reads real straight knees short, a top inside that band is not judged, not called clean', () => {
    // 160 deg at every top: BlazePose full reads real locked knees from 156 deg, and soft ones as high.
    const set = buildSet([{ kneeTopDeg: 160 }, { kneeTopDeg: 160 }]);
    const full = (s: typeof set) => ({ ...buildContext(s), poseModel: 'blazepose-full' });
    const result = kneeLockoutDetector.detect(full(set));
    expect(result.assessable).toBe(false);
    if (!result.assessable)
      expect(result.reason).toMatch(/blazepose-full reads a real straight knee as little as 156/);
    expect(result).toMatchObject({
      code: 'knee_top_ambiguous',
      params: { model: 'blazepose-full', straightReadsFromDeg: 156, warnKneeDeg: 178 },
    });
    // A clearly bent top (140 deg) is judged clean by the same model; an unknown model trusts readings up to 178.
    const bent = buildSet([{ kneeTopDeg: 140 }, { kneeTopDeg: 140 }]);
    expect(kneeLockoutDetector.detect(full(bent))).toMatchObject({ assessable: true, findings: [] });
    expect(kneeLockoutDetector.detect(buildContext(set))).toMatchObject({ assessable: true, findings: [] });
  });

  it('alerts on hyperextension', () => {
    const set = buildSet([{}, {}]);
    setAt(set.kinematics.kneeDeg, pauseBefore(set, 1), 188);
    expect(onlyFinding(kneeLockoutDetector.detect(buildContext(set))).severity).toBe('alert');
  });

  it('checks the top after the last rep too', () => {
    const set = buildSet([{}, {}], 1);
    const last = set.reps[1]!;
    setAt(
      set.kinematics.kneeDeg,
      Array.from({ length: 15 }, (_, i) => last.endFrame + 1 + i),
      179,
    );
    expect(onlyFinding(kneeLockoutDetector.detect(buildContext(set))).repIndex).toBe(2);
  });

  it('ignores soft knees, a brief touch of straight, and straight just below the warn angle', () => {
    expect(findingsOf(kneeLockoutDetector.detect(buildContext(buildSet([{}, {}]))))).toEqual([]);
    const brief = buildSet([{}, {}]);
    setAt(brief.kinematics.kneeDeg, pauseBefore(brief, 1, 4), 180); // 0.1 s < 0.2 s hold
    expect(findingsOf(kneeLockoutDetector.detect(buildContext(brief)))).toEqual([]);
    const borderline = buildSet([{}, {}]);
    setAt(borderline.kinematics.kneeDeg, pauseBefore(borderline, 1), 177.5);
    expect(findingsOf(kneeLockoutDetector.detect(buildContext(borderline)))).toEqual([]);
  });

  it('times a hold between the crossings of the warn angle, so the frame phase (and rate) does not matter', () => {
    // A knee rising 40 deg/s through the warn angle, held past it for `heldS`, and lowered again; sampled at
    // several sub-frame phases. Counting from the first to the last frame past warn loses up to a frame interval.
    const found = (heldS: number, phase: number): boolean => {
      const set = buildSet([{}, {}]);
      const frames = pauseBefore(set, 1, 18);
      const { tS, kneeDeg } = set.kinematics;
      const centreS = (tS[frames[0]!]! + tS[frames[frames.length - 1]!]!) / 2 + phase / FPS;
      for (const f of frames) {
        kneeDeg[f] = Math.min(180, 178 + 40 * (heldS / 2 - Math.abs(tS[f]! - centreS)));
      }
      return findingsOf(kneeLockoutDetector.detect(buildContext(set))).length > 0;
    };
    const phases = [0, 0.2, 0.4, 0.6, 0.8];
    expect(phases.every((p) => found(0.22, p))).toBe(true);
    expect(phases.some((p) => found(0.17, p))).toBe(false);
  });

  it('is less confident when the ankle is seen poorly', () => {
    const set = buildSet([{}, {}]);
    const frames = pauseBefore(set, 1);
    setAt(set.kinematics.kneeDeg, frames, 180);
    const clear = onlyFinding(kneeLockoutDetector.detect(buildContext(set))).confidence;
    const track = buildTrack(set);
    setScore(track, 'ankle', frames, 0.4);
    expect(onlyFinding(kneeLockoutDetector.detect(buildContext(set, { track }))).confidence).toBeLessThan(
      clear,
    );
  });

  it('is not assessable from the front or when the leg is never seen', () => {
    const set = buildSet([{}, {}]);
    expect(kneeLockoutDetector.detect(buildContext(set, { view: view('front') })).assessable).toBe(false);
    const track = buildTrack(set);
    setScore(
      track,
      'ankle',
      Array.from({ length: set.frameCount }, (_, i) => i),
      0,
    );
    expect(kneeLockoutDetector.detect(buildContext(set, { track }))).toMatchObject({
      assessable: false,
      reason: expect.stringMatching(/ankle/),
    });
  });

  it('is not assessable when keypoint noise could carry a soft knee past the warn angle', () => {
    // Soft knees at 170 deg read as 179 through a fixed keypoint offset: noise, not a lockout.
    const set = buildSet([{}, {}, {}]);
    setAt(set.kinematics.kneeDeg, pauseBefore(set, 2), 179);
    const noisy = { ...set, kinematics: { ...set.kinematics, kneeAngleUncertaintyDeg: 5 } };
    expect(kneeLockoutDetector.detect(buildContext(noisy))).toMatchObject({
      assessable: false,
      reason: expect.stringMatching(/too noisy/),
    });
  });

  it('still finds a lockout through moderate keypoint noise, with less confidence', () => {
    const set = buildSet([{}, {}, {}]);
    setAt(set.kinematics.kneeDeg, pauseBefore(set, 2), 179);
    const clear = onlyFinding(kneeLockoutDetector.detect(buildContext(set)));
    const moderate = { ...set, kinematics: { ...set.kinematics, kneeAngleUncertaintyDeg: 2 } };
    const f = onlyFinding(kneeLockoutDetector.detect(buildContext(moderate)));
    expect(f.repIndex).toBe(2);
    expect(f.confidence).toBeLessThan(clear.confidence);
  });

  it('grades by the level held, not a keypoint spike of a few frames', () => {
    // Locked at 181 deg (a warning) for 0.5 s; three frames read 188 deg (a noise spike, not recurvatum).
    const set = buildSet([{}, {}]);
    const frames = pauseBefore(set, 1);
    setAt(set.kinematics.kneeDeg, frames, 181);
    setAt(set.kinematics.kneeDeg, frames.slice(5, 8), 188);
    const f = onlyFinding(kneeLockoutDetector.detect(buildContext(set)));
    expect(f.severity).toBe('warn');
    expect(f.measure.value).toBeCloseTo(181, 6);
    // Held hyperextension is still an alert.
    setAt(set.kinematics.kneeDeg, frames, 188);
    expect(onlyFinding(kneeLockoutDetector.detect(buildContext(set))).severity).toBe('alert');
  });
});
