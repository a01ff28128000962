import { describe, expect, it } from 'vitest';
import { findingsOf, onlyFinding } from '../test-findings.js';
import { buildContext, buildSet, buildTrack, view } from '../test-support.js';
import { velocityLossDetector } from './detect-velocity-loss.js';

/** A set whose pushes take these times (mean concentric speed = 1 / time). */
const pushes = (times: number[]) => buildSet(times.map((concentricS) => ({ concentricS })));

describe('velocity_loss', () => {
  it('warns at a 20-30% drop from the early reps to the last reps, for the set', () => {
    // Early 1/1.0; last two 1/1.3 and 1/1.4 -> mean 0.742, a 25.8% loss.
    const set = pushes([1.0, 0.95, 1.0, 1.3, 1.4]);
    const f = onlyFinding(velocityLossDetector.detect(buildContext(set)));
    expect([f.repIndex, f.severity]).toEqual([null, 'warn']);
    expect(f.measure).toMatchObject({ name: 'velocityLossPercent', unit: 'percent', threshold: 20 });
    expect(f.measure.value).toBeCloseTo(100 * (1 - (1 / 1.3 + 1 / 1.4) / 2), 5);
    const last = set.reps[4]!;
    expect(f.frames[0]).toBeGreaterThanOrEqual(last.startFrame);
    expect(f.frames[0]).toBeLessThanOrEqual(last.endFrame);
  });

  it('alerts past a 30% drop', () => {
    expect(
      onlyFinding(velocityLossDetector.detect(buildContext(pushes([1, 1, 1.2, 1.5, 1.6])))).severity,
    ).toBe('alert');
  });

  it('stays quiet for steady pushes and just under 20%', () => {
    expect(findingsOf(velocityLossDetector.detect(buildContext(pushes([1, 1, 1, 1]))))).toEqual([]);
    expect(findingsOf(velocityLossDetector.detect(buildContext(pushes([1, 1, 1.2, 1.24]))))).toEqual([]);
  });

  it('is not fooled by one unusually fast early rep or a partial rep at the end', () => {
    // A single fast push (noise) at the start: the median early speed is 1/1.0, the loss only 9%.
    expect(findingsOf(velocityLossDetector.detect(buildContext(pushes([0.7, 1, 1, 1.1, 1.1]))))).toEqual([]);
    // A final partial rep (a short, slow re-rack push) is not a fatigued rep.
    const set = buildSet([{}, {}, {}, {}, { concentricS: 3, kneeMinDeg: 150 }]);
    expect(findingsOf(velocityLossDetector.detect(buildContext(set)))).toEqual([]);
  });

  it('is less confident when the legs are seen poorly', () => {
    const set = pushes([1, 1, 1.5, 1.6]);
    const clear = onlyFinding(velocityLossDetector.detect(buildContext(set))).confidence;
    const dim = buildContext(set, { track: buildTrack(set, { score: 0.4 }) });
    expect(onlyFinding(velocityLossDetector.detect(dim)).confidence).toBeLessThan(clear);
  });

  it('is not assessable with too few reps or from the front', () => {
    expect(velocityLossDetector.detect(buildContext(pushes([1, 1.6])))).toMatchObject({
      assessable: false,
      reason: expect.stringMatching(/at least 3/),
    });
    const set = pushes([1, 1, 1.5, 1.6]);
    expect(velocityLossDetector.detect(buildContext(set, { view: view('front') })).assessable).toBe(false);
  });
});
