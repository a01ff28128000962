import { describe, expect, it } from 'vitest';
import type { AnalysisReport, KeypointTrack } from '../../engine/index.js';
import type { RenderTruth } from '../ground-truth.js';
import { scoreClip } from './score-clip.js';
import { summarize } from './summarize.js';

const truthRep = (index: number, startS: number, faults: string[]) => ({
  index,
  startS,
  bottomS: startS + 1,
  endS: startS + 2,
  kneeMinDeg: 90,
  kneeTopDeg: 168,
  hipFlexionMaxDeg: 90,
  eccentricS: 1,
  concentricS: 1,
  faults,
});

const truth = {
  nearSide: 'right',
  names: ['right_hip', 'right_knee', 'right_ankle'],
  frames: [{ tS: 0, xy: [0, 0, 100, 0, 200, 0] }],
  series: { kneeDeg: [170], hipFlexionDeg: [60] },
  reps: [truthRep(1, 0, []), truthRep(2, 3, ['pelvic_tuck']), truthRep(3, 6, ['pelvic_tuck'])],
} as unknown as RenderTruth;

const detected = (bottomS: number, ids: string[]) => ({ bottomS, faults: ids.map((id) => ({ id })) });

function report(reps: ReturnType<typeof detected>[], notAssessable: string[] = []): AnalysisReport {
  return {
    reps,
    notAssessable: notAssessable.map((id) => ({ id, reason: '' })),
  } as unknown as AnalysisReport;
}

const track = { landmarkSet: 'movenet17', frames: [] } as unknown as KeypointTrack;

describe('scoreClip', () => {
  it('counts a call on the right rep as a hit, a call on a clean rep as a false alarm, a miss as a miss', () => {
    const s = scoreClip(
      truth,
      report([detected(1, ['pelvic_tuck']), detected(4, ['pelvic_tuck']), detected(7, [])]),
      undefined,
      track,
    );
    expect(s.faults.pelvic_tuck).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(s.detectedReps).toBe(3);
  });

  it('treats faults on reps that match no true rep as false alarms, and an extra rep breaks the exact count', () => {
    const s = scoreClip(
      truth,
      report([
        detected(1, []),
        detected(4, ['pelvic_tuck']),
        detected(7, ['pelvic_tuck']),
        detected(9.5, ['too_deep']),
      ]),
      undefined,
      track,
    );
    expect(s.faults.too_deep.fp).toBe(1);
    const sum = summarize([{ caseId: 'a', yawDeg: 0, model: 'm', score: s }]);
    expect(sum.repCountExact).toBe(0);
    expect(sum.faults.pelvic_tuck).toMatchObject({ precision: 1, recall: 1 });
  });

  it('records faults the engine could not judge apart from misses', () => {
    const s = scoreClip(
      truth,
      report([detected(1, []), detected(4, []), detected(7, [])], ['pelvic_tuck']),
      undefined,
      track,
    );
    expect(s.notAssessable).toEqual(['pelvic_tuck']);
    expect(s.faults.pelvic_tuck).toMatchObject({ tp: 0, fn: 0, notAssessedPositives: 2 });
  });
});
