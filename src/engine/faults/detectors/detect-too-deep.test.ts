import { describe, expect, it } from 'vitest';
import type { Rep } from '../../reps/types.js';
import { findingsOf, framesWithin, onlyFinding } from '../test-findings.js';
import { buildContext, buildSet, buildTrack, repFrames, setScore, view } from '../test-support.js';
import { tooDeepDetector } from './detect-too-deep.js';

const calibrated = (deg: number) => ({ safeDepth: { hipFlexionDeg: deg, source: 'calibration' as const } });

describe('too_deep', () => {
  it('with the default depth (not calibrated): a note past 100 deg in the right rep, never a warning or alert', () => {
    const set = buildSet([{}, { hipFlexionMaxDeg: 108 }, { hipFlexionMaxDeg: 120 }]);
    const found = findingsOf(tooDeepDetector.detect(buildContext(set)));
    expect(found.map((f) => [f.repIndex, f.severity])).toEqual([
      [2, 'info'],
      [3, 'info'],
    ]);
    const rep = set.reps[2] as Rep;
    expect(framesWithin(found[1]!, rep.startFrame, rep.endFrame)).toBe(true);
    expect(found[1]?.measure).toMatchObject({ name: 'hipFlexionDeg', unit: 'deg', threshold: 100 });
    expect(found[1]?.measure.value).toBeCloseTo(120);
    // What the coach says before calibration: find your own limit.
    expect(found[1]?.fix).toMatch(/calibrat/);
  });

  it('stays quiet on a clean set and just below the default limit', () => {
    expect(findingsOf(tooDeepDetector.detect(buildContext(buildSet([{}, {}]))))).toEqual([]);
    const borderline = buildSet([{ hipFlexionMaxDeg: 99.5 }]);
    expect(findingsOf(tooDeepDetector.detect(buildContext(borderline)))).toEqual([]);
  });

  it('judges against a personal safe depth when there is one', () => {
    const set = buildSet([{ hipFlexionMaxDeg: 95 }, { hipFlexionMaxDeg: 108 }]);
    // 95 deg is fine by default but past a calibrated 90; 108 is past 90 + 10 (alert).
    const tight = findingsOf(tooDeepDetector.detect(buildContext(set, calibrated(90))));
    expect(tight.map((f) => f.severity)).toEqual(['warn', 'alert']);
    expect(tight[0]?.measure.threshold).toBe(90);
    // A lifter whose pelvis holds until 112 deg may go to 108 without a warning.
    const loose = findingsOf(tooDeepDetector.detect(buildContext(set, calibrated(112))));
    expect(loose).toEqual([]);
    const user = findingsOf(
      tooDeepDetector.detect(buildContext(set, { safeDepth: { hipFlexionDeg: 100, source: 'user' } })),
    );
    expect(user.map((f) => f.repIndex)).toEqual([2]);
  });

  it('is less confident when the shoulder is seen poorly', () => {
    const set = buildSet([{ hipFlexionMaxDeg: 110 }]);
    const clear = onlyFinding(tooDeepDetector.detect(buildContext(set))).confidence;
    const track = buildTrack(set);
    setScore(track, 'shoulder', repFrames(set.reps[0]!), 0.45);
    const dim = onlyFinding(tooDeepDetector.detect(buildContext(set, { track }))).confidence;
    expect(dim).toBeLessThan(clear);
  });

  it('is more confident further past the limit', () => {
    const near = onlyFinding(tooDeepDetector.detect(buildContext(buildSet([{ hipFlexionMaxDeg: 102 }]))));
    const far = onlyFinding(tooDeepDetector.detect(buildContext(buildSet([{ hipFlexionMaxDeg: 113 }]))));
    expect(far.confidence).toBeGreaterThan(near.confidence);
  });

  it('is not assessable from the front or with the knee hidden at every bottom', () => {
    const set = buildSet([{ hipFlexionMaxDeg: 120 }]);
    expect(tooDeepDetector.detect(buildContext(set, { view: view('front') })).assessable).toBe(false);
    const track = buildTrack(set);
    setScore(track, 'knee', repFrames(set.reps[0]!), 0.2);
    const hidden = tooDeepDetector.detect(buildContext(set, { track }));
    expect(hidden).toMatchObject({ assessable: false, reason: expect.stringMatching(/knee/) });
  });
});
