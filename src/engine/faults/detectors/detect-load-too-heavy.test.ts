import { describe, expect, it } from 'vitest';
import type { RepPlan } from '../test-support.js';
import { findingsOf, onlyFinding } from '../test-findings.js';
import { buildContext, buildSet, repFrames, setAt } from '../test-support.js';
import { loadTooHeavyDetector } from './detect-load-too-heavy.js';

/** Six reps; `tucked` (1-based) get their hips off the pad at the bottom by `thighs`. */
function set6(tucked: Record<number, number>, plans: RepPlan[] = Array.from({ length: 6 }, () => ({}))) {
  const set = buildSet(plans);
  for (const [index, thighs] of Object.entries(tucked)) {
    const rep = set.reps[Number(index) - 1]!;
    setAt(set.kinematics.hipDepartureThighs, repFrames(rep, 'bottom', set), thighs);
  }
  return set;
}

describe('load_too_heavy', () => {
  it('warns when form faults appear in the late reps of the set', () => {
    const set = set6({ 4: 0.1, 5: 0.1, 6: 0.1 });
    const f = onlyFinding(loadTooHeavyDetector.detect(buildContext(set)));
    expect([f.repIndex, f.severity]).toEqual([null, 'warn']);
    expect(f.measure).toMatchObject({ name: 'lateFormBadnessIncrease', value: 0.5, threshold: 0.5 });
    expect(f.frames.length).toBeGreaterThan(0);
    for (const frame of f.frames) expect(frame).toBeGreaterThanOrEqual(set.reps[3]!.startFrame);
  });

  it('notices a fault that grows from a warning to an alert', () => {
    const f = onlyFinding(
      loadTooHeavyDetector.detect(buildContext(set6({ 1: 0.1, 2: 0.1, 3: 0.1, 4: 0.2, 5: 0.2, 6: 0.2 }))),
    );
    expect(f.severity).toBe('warn');
  });

  it('alerts when velocity loss comes with form breakdown', () => {
    const plans = [1, 1, 1, 1.4, 1.5, 1.6].map((concentricS) => ({ concentricS }));
    const f = onlyFinding(loadTooHeavyDetector.detect(buildContext(set6({ 4: 0.1, 5: 0.1, 6: 0.2 }, plans))));
    expect(f.severity).toBe('alert');
  });

  it('warns when the pushes slow down and form slips even a little', () => {
    const plans = [1, 1, 1, 1.4, 1.5, 1.6].map((concentricS) => ({ concentricS }));
    const set = set6({ 6: 0.1 }, plans);
    const f = onlyFinding(loadTooHeavyDetector.detect(buildContext(set)));
    expect(f.severity).toBe('warn');
    expect(f.measure.name).toBe('velocityLossPercent');
    expect(f.frames[0]).toBeGreaterThanOrEqual(set.reps[5]!.startFrame);
    // Slowing down alone, with clean form, is velocity loss, not a load verdict.
    expect(findingsOf(loadTooHeavyDetector.detect(buildContext(set6({}, plans))))).toEqual([]);
  });

  it('stays quiet for a clean set, the same fault throughout, or one late slip', () => {
    expect(findingsOf(loadTooHeavyDetector.detect(buildContext(set6({}))))).toEqual([]);
    const same = set6({ 1: 0.1, 2: 0.1, 3: 0.1, 4: 0.1, 5: 0.1, 6: 0.1 });
    expect(findingsOf(loadTooHeavyDetector.detect(buildContext(same)))).toEqual([]);
    expect(findingsOf(loadTooHeavyDetector.detect(buildContext(set6({ 5: 0.1 }))))).toEqual([]);
  });

  it('is not assessable with too few reps to compare', () => {
    const set = buildSet([{}, {}, {}]);
    expect(loadTooHeavyDetector.detect(buildContext(set))).toMatchObject({
      assessable: false,
      reason: expect.stringMatching(/at least 4/),
    });
  });
});
