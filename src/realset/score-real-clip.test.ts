import { describe, expect, it } from 'vitest';
import type { AnalysisReport, RepReport } from '../engine/index.js';
import { labelConfidence, parseRealsetLabels, type RealClipLabel } from './labels.js';
import { faultTruth, scoreRealClip } from './score-real-clip.js';
import { summarizeReal } from './summarize-real.js';

const label = (over: Partial<RealClipLabel> = {}): RealClipLabel => ({
  name: 'clip',
  camera: 'side',
  machine: '45-degree sled',
  completeReps: 2,
  repsRange: [2, 3],
  bottomTimesS: [2, 5],
  partialBottomsS: [],
  topKnee: 'soft',
  depth: 'about 90 deg knee',
  faults: [],
  confidence: { reps: 'high', topKnee: 'medium', depth: 'medium', faults: 'medium' },
  ...over,
});

const rep = (index: number, bottomS: number, faults: RepReport['faults'] = []): RepReport =>
  ({ index, startS: bottomS - 1, bottomS, endS: bottomS + 1, faults }) as unknown as RepReport;

const report = (reps: RepReport[], notAssessable: AnalysisReport['notAssessable'] = []): AnalysisReport =>
  ({
    reps,
    faults: [],
    notAssessable,
    verdict: { level: 'clean', headline: '' },
    view: { view: 'side', quality: 'good', yawDeg: 3 },
  }) as unknown as AnalysisReport;

describe('label confidence', () => {
  it('reads the weaker end of a range and ignores the detail in brackets', () => {
    expect(labelConfidence('medium (+-0.3 s)')).toBe('medium');
    expect(labelConfidence('low-medium')).toBe('low');
    expect(labelConfidence('medium-high')).toBe('medium');
    expect(labelConfidence('n/a')).toBe('unscored');
    expect(labelConfidence(undefined)).toBe('unscored');
  });
});

describe('fault truth from labels', () => {
  it('maps plain-word faults to ids, a locked top to lockout and knees near the chest to too_deep', () => {
    const t = faultTruth(
      label({
        faults: ['heels lifting off the platform'],
        topKnee: 'locked',
        depth: 'very deep: knees near chest',
      }),
    );
    expect(t.heel_lift).toBe('present');
    expect(t.knee_lockout).toBe('present');
    expect(t.too_deep).toBe('present');
    expect(t.pelvic_tuck).toBe('absent');
  });
  it('leaves low-confidence and unclear labels unscored', () => {
    const t = faultTruth(
      label({
        topKnee: 'unclear',
        confidence: { reps: 'high', faults: 'low', depth: 'low', topKnee: 'high' },
      }),
    );
    expect(t.knee_lockout).toBe('unscored');
    expect(t.too_deep).toBe('unscored');
    expect(t.heel_lift).toBe('unscored');
  });
});

describe('scoring a clip', () => {
  it('a count inside the range is right; bottoms match within the tolerance', () => {
    const s = scoreRealClip(label(), report([rep(1, 2.3), rep(2, 6)]), 'm');
    expect(s.repsOffBy).toBe(0);
    expect(s.bottomsMatched).toBe(1);
  });
  it('counts how far outside the range a count is', () => {
    expect(scoreRealClip(label(), report([]), 'm').repsOffBy).toBe(2);
    expect(scoreRealClip(label({ repsRange: [0, 0] }), report([rep(1, 1)]), 'm').repsOffBy).toBe(1);
  });
  it('a false alert counts against the alerts-on-clean goal; not assessable is not a call', () => {
    const alert = { id: 'knee_lockout', severity: 'alert' } as RepReport['faults'][number];
    const scores = [
      scoreRealClip(label(), report([rep(1, 2, [alert]), rep(2, 5)]), 'm'),
      scoreRealClip(
        label({ topKnee: 'locked' }),
        report([rep(1, 2)], [{ id: 'knee_lockout', reason: 'x' }]),
        'm',
      ),
    ];
    const [m] = summarizeReal(scores);
    expect(m!.faults.knee_lockout).toMatchObject({ fp: 1, fpAlert: 1, naPresent: 1, tp: 0 });
    expect(m!.alertsOnClean).toBe(1);
    expect(m!.softFlagged).toBe('1/1');
    expect(m!.lockedFlagged).toBe('0/1');
  });
});

describe('labels file', () => {
  it('names the path of a malformed entry', () => {
    expect(() => parseRealsetLabels(JSON.stringify({ clips: [{ name: 'x' }] }))).toThrow(/clips\.0\./);
  });
});
