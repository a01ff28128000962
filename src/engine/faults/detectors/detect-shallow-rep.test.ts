import { describe, expect, it } from 'vitest';
import { findingsOf, onlyFinding } from '../test-findings.js';
import { buildContext, buildSet, buildTrack, repFrames, setScore, view } from '../test-support.js';
import { shallowRepDetector } from './detect-shallow-rep.js';

describe('shallow_rep', () => {
  it('flags a rep whose knee barely bends, as information', () => {
    const set = buildSet([{}, {}, {}, { kneeMinDeg: 140 }]);
    const f = onlyFinding(shallowRepDetector.detect(buildContext(set)));
    expect([f.repIndex, f.severity]).toEqual([4, 'info']);
    expect(f.measure).toMatchObject({ name: 'kneeMinDeg', value: 140, threshold: 130 });
    expect(f.frames[0]).toBe(set.reps[3]!.bottomFrame);
  });

  it("flags a rep much shallower than the set's deepest", () => {
    const set = buildSet([{}, { kneeMinDeg: 125 }, {}]);
    const f = onlyFinding(shallowRepDetector.detect(buildContext(set)));
    expect(f.repIndex).toBe(2);
    expect(f.measure.name).toBe('fractionOfSetDepth');
    expect(f.measure.value).toBeCloseTo(45 / 80);
  });

  it('stays quiet for full reps and just inside the fraction of the set depth', () => {
    expect(findingsOf(shallowRepDetector.detect(buildContext(buildSet([{}, {}]))))).toEqual([]);
    const borderline = buildSet([{}, { kneeMinDeg: 120 }]); // 50/80 = 0.625 of the deepest
    expect(findingsOf(shallowRepDetector.detect(buildContext(borderline)))).toEqual([]);
  });

  it('is less confident with a dim knee, and not assessable from the front or unseen', () => {
    const set = buildSet([{}, { kneeMinDeg: 145 }]);
    const clear = onlyFinding(shallowRepDetector.detect(buildContext(set))).confidence;
    const dim = buildTrack(set);
    setScore(dim, 'knee', repFrames(set.reps[1]!), 0.4);
    expect(onlyFinding(shallowRepDetector.detect(buildContext(set, { track: dim }))).confidence).toBeLessThan(
      clear,
    );
    expect(shallowRepDetector.detect(buildContext(set, { view: view('front') })).assessable).toBe(false);
    expect(
      shallowRepDetector.detect(buildContext(set, { track: buildTrack(set, { score: 0.1 }) })).assessable,
    ).toBe(false);
  });
});
