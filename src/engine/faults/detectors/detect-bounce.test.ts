import { describe, expect, it } from 'vitest';
import { findingsOf, onlyFinding } from '../test-findings.js';
import { buildContext, buildSet, buildTrack, setScore, view, type TestSet } from '../test-support.js';
import { bounceDetector } from './detect-bounce.js';

const BOUNCE = { ease: 'linear', dwellS: 1 / 30 } as const;

/** Re-shape the first rep's descent: full speed, then the last 6 frames at `ratio` of it (same depth). */
function arriveAt(set: TestSet, ratio: number): void {
  const rep = set.reps[0]!;
  const travel = set.kinematics.sledTravelShanks;
  const frames = rep.bottomFrame - rep.startFrame;
  const slow = 6;
  const fast = 1 / (frames - slow + ratio * slow);
  for (let j = 0; j <= frames; j++) {
    const fastPart = Math.min(j, frames - slow) * fast;
    travel[rep.startFrame + j] = fastPart + Math.max(0, j - (frames - slow)) * ratio * fast;
  }
}

describe('bounce', () => {
  it('alerts when the sled hits the bottom at full speed and turns at once', () => {
    const set = buildSet([{}, BOUNCE, {}]);
    const f = onlyFinding(bounceDetector.detect(buildContext(set)));
    expect(f.repIndex).toBe(2);
    expect(f.severity).toBe('alert');
    expect(f.frames[0]).toBe(set.reps[1]!.bottomFrame);
    expect(f.measure).toMatchObject({ name: 'arrivalSpeedRatio', unit: 'ratio', threshold: 0.8 });
  });

  it('warns when the sled brakes a little but still arrives fast', () => {
    // Arrives and leaves at 0.65 of the peak lowering speed (the descent takes 2 s).
    const set = buildSet([{ ...BOUNCE, concentricS: 2 / 0.65 }]);
    arriveAt(set, 0.65);
    expect(onlyFinding(bounceDetector.detect(buildContext(set))).severity).toBe('warn');
  });

  it('does not fire when the lifter brakes into the bottom, or pauses there', () => {
    const braked = buildSet([{ dwellS: 1 / 30 }]);
    expect(findingsOf(bounceDetector.detect(buildContext(braked)))).toEqual([]);
    const paused = buildSet([{ ease: 'linear', dwellS: 0.5 }]);
    expect(findingsOf(bounceDetector.detect(buildContext(paused)))).toEqual([]);
  });

  it('does not fire just below the arrival-speed ratio', () => {
    const set = buildSet([{ ...BOUNCE, concentricS: 2 / 0.48 }]);
    arriveAt(set, 0.48);
    expect(findingsOf(bounceDetector.detect(buildContext(set)))).toEqual([]);
  });

  it('is less confident with a poorly seen ankle (the sled is tracked by the feet)', () => {
    const set = buildSet([BOUNCE]);
    const clear = onlyFinding(bounceDetector.detect(buildContext(set))).confidence;
    const track = buildTrack(set);
    setScore(
      track,
      'ankle',
      Array.from({ length: set.frameCount }, (_, i) => i),
      0.4,
    );
    expect(onlyFinding(bounceDetector.detect(buildContext(set, { track }))).confidence).toBeLessThan(clear);
  });

  it('does not fire on a paused rep whose bottom dwell reads short (a noise dip) but which leaves from rest', () => {
    // A keypoint dip at the bottom shortens the measured dwell and the arrival can look fast, but the sled
    // leaves the bottom slowly from a pause: no rebound, no bounce.
    const set = buildSet([{ ease: 'smooth', dwellS: 0.6 }]);
    const rep = set.reps[0]!;
    set.reps[0] = { ...rep, bottomDwellS: 0.1 };
    const travel = set.kinematics.sledTravelShanks;
    for (let i = rep.bottomFrame - 3; i <= rep.bottomFrame; i++)
      travel[i] = 1 + 0.01 * (i - rep.bottomFrame + 3);
    expect(findingsOf(bounceDetector.detect(buildContext(set)))).toEqual([]);
  });

  it('reads speeds as fitted slopes, so frame jitter in the travel does not make a braked arrival a bounce', () => {
    const set = buildSet([{ ease: 'smooth', dwellS: 1 / 30 }]);
    const travel = set.kinematics.sledTravelShanks;
    // Alternating +-0.01 shank jitter: point derivatives swing by +-0.6 shanks/s, above the true peak speed.
    for (let i = 0; i < travel.length; i++) travel[i] = travel[i]! + (i % 2 === 0 ? 0.01 : -0.01);
    expect(findingsOf(bounceDetector.detect(buildContext(set)))).toEqual([]);
  });

  it('is not assessable from the front', () => {
    const set = buildSet([BOUNCE]);
    expect(bounceDetector.detect(buildContext(set, { view: view('front') })).assessable).toBe(false);
  });
});
