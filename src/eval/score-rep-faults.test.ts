import { describe, expect, it } from 'vitest';
import type { AnalysisReport, RepReport } from '../engine/index.js';
import { callVerdict, scoreRepFaults, type VerdictCounts } from './score-rep-faults.js';

describe('callVerdict', () => {
  it('scores a call: a true fault not judged is counted apart, a false alarm counts even when not judged', () => {
    expect(callVerdict(true, true, false)).toBe('tp');
    expect(callVerdict(false, true, true)).toBe('fp');
    expect(callVerdict(true, false, false)).toBe('fn');
    expect(callVerdict(true, false, true)).toBe('na');
    expect(callVerdict(false, false, true)).toBeNull();
  });
});

describe('scoreRepFaults', () => {
  it('scores matched reps, and every call on a rep with no true rep behind it as a false alarm', () => {
    const rep = (bottomS: number, ids: string[], notAssessed: string[] = []) =>
      ({ bottomS, faults: ids.map((id) => ({ id })), notAssessed }) as unknown as RepReport;
    const report = {
      reps: [rep(2, ['pelvic_tuck']), rep(6, [], ['too_deep']), rep(20, ['pelvic_tuck', 'too_deep'])],
      notAssessable: [],
    } as unknown as AnalysisReport;
    const truth = [
      { startS: 0, bottomS: 2, endS: 4, faults: ['pelvic_tuck', 'too_deep'] },
      { startS: 4, bottomS: 6, endS: 8, faults: ['too_deep'] },
      { startS: 8, bottomS: 10, endS: 12, faults: ['pelvic_tuck'] },
    ];
    const counts: Record<'pelvic_tuck' | 'too_deep', VerdictCounts> = {
      pelvic_tuck: { tp: 0, fp: 0, fn: 0, na: 0 },
      too_deep: { tp: 0, fp: 0, fn: 0, na: 0 },
    };
    const calls: string[] = [];
    scoreRepFaults(truth, report, ['pelvic_tuck', 'too_deep'], counts, (c) =>
      calls.push(`${c.id}@${c.truth.bottomS}:${c.verdict}`),
    );
    expect(counts.pelvic_tuck).toEqual({ tp: 1, fp: 1, fn: 1, na: 0 });
    expect(counts.too_deep).toEqual({ tp: 0, fp: 1, fn: 1, na: 1 });
    expect(calls).toEqual(['pelvic_tuck@2:tp', 'pelvic_tuck@10:fn', 'too_deep@2:fn', 'too_deep@6:na']);
  });
});
