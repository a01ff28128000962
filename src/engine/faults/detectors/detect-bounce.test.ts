import { describe, expect, it } from 'vitest';
import { findingsOf, onlyFinding } from '../test-findings.js';
import { buildContext, buildSet, buildTrack, setScore, view } from '../test-support.js';
import { bounceDetector } from './detect-bounce.js';

const BOUNCE = { ease: 'linear', dwellS: 1 / 30 } as const;

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
    const set = buildSet([BOUNCE]);
    const rep = set.reps[0]!;
    const v = set.kinematics.sledVelocityShanksPerS;
    for (let i = rep.bottomFrame - 4; i < rep.bottomFrame; i++) v[i] = 0.65 * v[rep.startFrame + 10]!;
    expect(onlyFinding(bounceDetector.detect(buildContext(set))).severity).toBe('warn');
  });

  it('does not fire when the lifter brakes into the bottom, or pauses there', () => {
    const braked = buildSet([{ dwellS: 1 / 30 }]);
    expect(findingsOf(bounceDetector.detect(buildContext(braked)))).toEqual([]);
    const paused = buildSet([{ ease: 'linear', dwellS: 0.5 }]);
    expect(findingsOf(bounceDetector.detect(buildContext(paused)))).toEqual([]);
  });

  it('does not fire just below the arrival-speed ratio', () => {
    const set = buildSet([BOUNCE]);
    const rep = set.reps[0]!;
    const v = set.kinematics.sledVelocityShanksPerS;
    for (let i = rep.bottomFrame - 4; i < rep.bottomFrame; i++) v[i] = 0.48 * v[rep.startFrame + 10]!;
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

  it('is not assessable from the front', () => {
    const set = buildSet([BOUNCE]);
    expect(bounceDetector.detect(buildContext(set, { view: view('front') })).assessable).toBe(false);
  });
});
