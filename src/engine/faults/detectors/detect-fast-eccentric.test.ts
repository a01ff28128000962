import { describe, expect, it } from 'vitest';
import { findingsOf, framesWithin, onlyFinding } from '../test-findings.js';
import { buildContext, buildSet, buildTrack, repFrames, setScore } from '../test-support.js';
import { fastEccentricDetector } from './detect-fast-eccentric.js';

describe('fast_eccentric', () => {
  it('warns below 1 s and alerts below 0.6 s of lowering, in the right reps', () => {
    const set = buildSet([{ eccentricS: 2 }, { eccentricS: 0.8 }, { eccentricS: 0.4 }]);
    const found = findingsOf(fastEccentricDetector.detect(buildContext(set)));
    expect(found.map((f) => [f.repIndex, f.severity])).toEqual([
      [2, 'warn'],
      [3, 'alert'],
    ]);
    const rep = set.reps[2]!;
    expect(framesWithin(found[1]!, rep.startFrame, rep.bottomFrame)).toBe(true);
    expect(found[1]?.measure).toMatchObject({ name: 'eccentricS', unit: 's', threshold: 0.6 });
    expect(found[1]?.measure.value).toBeCloseTo(rep.eccentricS);
  });

  it('puts the fastest lowering frame first', () => {
    const set = buildSet([{ eccentricS: 0.8 }]);
    const f = onlyFinding(fastEccentricDetector.detect(buildContext(set)));
    const v = set.kinematics.sledVelocityShanksPerS;
    const rep = set.reps[0]!;
    for (let i = rep.startFrame; i <= rep.bottomFrame; i++)
      expect(v[f.frames[0]!]).toBeGreaterThanOrEqual(v[i]!);
  });

  it('stays quiet on controlled reps and just above 1 s', () => {
    expect(findingsOf(fastEccentricDetector.detect(buildContext(buildSet([{}, {}]))))).toEqual([]);
    expect(findingsOf(fastEccentricDetector.detect(buildContext(buildSet([{ eccentricS: 1.07 }]))))).toEqual(
      [],
    );
  });

  it('is less confident when the joints are seen poorly', () => {
    const set = buildSet([{ eccentricS: 0.7 }]);
    const clear = onlyFinding(fastEccentricDetector.detect(buildContext(set))).confidence;
    const track = buildTrack(set, { score: 0.45 });
    expect(onlyFinding(fastEccentricDetector.detect(buildContext(set, { track }))).confidence).toBeLessThan(
      clear,
    );
  });

  it('is not assessable when the lowering was never seen or there are no reps', () => {
    const set = buildSet([{ eccentricS: 0.5 }]);
    const track = buildTrack(set);
    setScore(track, 'knee', repFrames(set.reps[0]!), 0.1);
    expect(fastEccentricDetector.detect(buildContext(set, { track })).assessable).toBe(false);
    expect(fastEccentricDetector.detect(buildContext(set, { reps: [] })).assessable).toBe(false);
  });
});
