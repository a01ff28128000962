import { describe, expect, it } from 'vitest';
import type { ConditionedTrack, PointSeries } from '../conditioning/types.js';
import type { FaultFinding, FaultId, Severity } from '../faults/types.js';
import type { Kinematics } from '../kinematics/types.js';
import type { Rep, RepSegmentation } from '../reps/types.js';
import type { ViewAssessment } from '../view/types.js';
import { buildReport, type BuildReportInput } from './build-report.js';

const FPS = 30;
const N = 300;

function series(fn: (i: number) => number): Float64Array {
  return Float64Array.from({ length: N }, (_, i) => fn(i));
}

const point: PointSeries = { x: series(() => 1), y: series(() => 1), score: series(() => 0.9) };
const joints = {
  ear: point,
  shoulder: point,
  hip: point,
  knee: point,
  ankle: point,
  heel: undefined,
  toe: undefined,
};

const track: ConditionedTrack = {
  tS: series((i) => i / FPS),
  landmarkSet: 'movenet17',
  imageWidthPx: 1280,
  imageHeightPx: 720,
  side: 'left',
  facing: 'right',
  near: joints,
  far: joints,
  nose: point,
  stats: {
    frameCount: N,
    validFraction: { ear: 1, shoulder: 1, hip: 1, knee: 1, ankle: 1, heel: 0, toe: 0 },
    lowConfidenceRejected: 0,
    outliersRejected: 0,
    framesInterpolated: 0,
    swapsRepaired: 0,
    meanScore: 0.9,
  },
};

const kinematics: Kinematics = {
  tS: track.tS,
  kneeDeg: series((i) => (i === 6 ? Number.NaN : 170 - 80 * Math.sin((Math.PI * i) / 100) ** 2)),
  hipFlexionDeg: series((i) => 40 + 60 * Math.sin((Math.PI * i) / 100) ** 2),
  hipDepartureThighs: series((i) => (i === 150 ? 0.123456 : i === 252 ? Number.NaN : 0.01)),
  hipSlideThighs: series(() => 0),
  trunkRotationDeg: series(() => 0),
  heelLiftDeg: undefined,
  headDepartureThighs: series(() => 0),
  sledTravelShanks: series(() => 0),
  sledVelocityShanksPerS: series(() => 0),
  reference: {
    padLine: { from: { x: 0, y: 0 }, to: { x: 1, y: 1 } },
    sledAxis: { x: 1, y: 0 },
    thighLengthPx: 200,
    shankLengthPx: 200,
    topFrames: [0],
    hipAtTop: { x: 0, y: 0 },
    ankleAtTop: { x: 1, y: 0 },
  },
};

function rep(index: number, startFrame: number): Rep {
  const bottomFrame = startFrame + 50;
  const endFrame = startFrame + 99;
  return {
    index,
    startFrame,
    bottomFrame,
    endFrame,
    startS: startFrame / FPS,
    bottomS: bottomFrame / FPS,
    endS: endFrame / FPS,
    eccentricS: 50 / FPS,
    concentricS: 49 / FPS,
    bottomDwellS: 0.123,
    kneeMinDeg: 90.04,
    kneeTopDeg: 170,
    hipFlexionMaxDeg: 100.06,
    sledTravelMaxShanks: 0.5,
    concentricPeakVelocityShanksPerS: 1,
    concentricMeanVelocityShanksPerS: 0.51234,
  };
}

const segmentation: RepSegmentation = {
  reps: [rep(1, 0), rep(2, 100), rep(3, 200)],
  ignored: [{ startS: 9.8765, endS: 9.99, reason: 'partial movement' }],
};

const goodView: ViewAssessment = {
  view: 'side',
  yawDeg: 4.321,
  quality: 'good',
  meanConfidence: 0.8765,
  bodyInFrame: true,
  feetInFrame: true,
  issues: [],
};

const poorView: ViewAssessment = {
  ...goodView,
  view: 'front',
  yawDeg: 75,
  quality: 'poor',
  issues: [
    { code: 'not_side_on', message: 'The camera faces the lifter; film from the side, at hip height.' },
  ],
};

function finding(id: FaultId, repIndex: number | null, severity: Severity, confidence = 0.8): FaultFinding {
  return {
    id,
    repIndex,
    severity,
    confidence,
    frames: [repIndex === null ? 260 : (repIndex - 1) * 100 + 50, 10],
    measure: { name: 'm', value: 0.123456, unit: 'thighs', threshold: 0.08 },
    fixCode: id,
    fix: `Fix ${id}.`,
  };
}

function input(findings: FaultFinding[], extra: Partial<BuildReportInput> = {}): BuildReportInput {
  return {
    track,
    kinematics,
    segmentation,
    view: goodView,
    safeDepth: { hipFlexionDeg: 100, source: 'default' },
    faults: { findings, notAssessable: [] },
    ...extra,
  };
}

describe('buildReport', () => {
  it('reports every rep in order with the contract fields, rounded for JSON', () => {
    const report = buildReport(input([]));
    expect(report.reps.map((r) => r.index)).toEqual([1, 2, 3]);
    const r2 = report.reps[1]!;
    expect(r2).toMatchObject({
      startS: 3.33,
      bottomS: 5,
      endS: 6.63,
      kneeMinDeg: 90,
      hipFlexionMaxDeg: 100.1,
      eccentricS: 1.67,
      concentricS: 1.63,
      bottomDwellS: 0.12,
      concentricMeanVelocityShanksPerS: 0.512,
      faults: [],
    });
    expect(r2.hipDepartureMaxThighs).toBe(0.123);
    expect(report.input).toMatchObject({
      frameCount: N,
      durationS: 9.97,
      meanFps: 30,
      landmarkSet: 'movenet17',
    });
    expect(report.view.yawDeg).toBe(4.3);
    expect(report.view.meanConfidence).toBe(0.88);
    expect(report.ignoredMovements).toEqual([{ startS: 9.88, endS: 9.99, reason: 'partial movement' }]);
    expect(report.series).toBeUndefined();
  });

  it('a clean set gets a clean verdict and no fixes', () => {
    const report = buildReport(input([]));
    expect(report.verdict.level).toBe('clean');
    expect(report.verdict.headline).toContain('3 reps');
    expect(report.topFixes).toEqual([]);
    expect(report.faults).toEqual([]);
  });

  it('puts each fault in its rep, most severe first, with the time of its clearest frame', () => {
    const report = buildReport(
      input([
        finding('fast_eccentric', 2, 'warn', 0.9),
        finding('pelvic_tuck', 2, 'alert', 0.6),
        finding('too_deep', 3, 'info'),
      ]),
    );
    const r2 = report.reps[1]!;
    expect(r2.faults.map((f) => f.id)).toEqual(['pelvic_tuck', 'fast_eccentric']);
    expect(r2.faults[0]).toMatchObject({ severity: 'alert', confidence: 0.6, atS: 5 });
    expect(r2.faults[0]!.measure.value).toBe(0.123);
    expect(report.reps[0]!.faults).toEqual([]);
    expect(report.reps[2]!.faults.map((f) => f.id)).toEqual(['too_deep']);
  });

  it('summarises each fault once, most serious first, with its reps and mean confidence', () => {
    const report = buildReport(
      input([
        finding('fast_eccentric', 1, 'warn', 0.5),
        finding('fast_eccentric', 3, 'warn', 0.7),
        finding('pelvic_tuck', 3, 'alert'),
        finding('velocity_loss', null, 'warn'),
      ]),
    );
    expect(report.faults.map((f) => f.id)).toEqual(['pelvic_tuck', 'fast_eccentric', 'velocity_loss']);
    expect(report.faults[1]).toMatchObject({
      reps: [1, 3],
      count: 2,
      meanConfidence: 0.6,
      worstSeverity: 'warn',
    });
    expect(report.faults[2]!.reps).toEqual([]);
    expect(report.faults[2]!.setLevel).toMatchObject({ atS: 8.67 });
  });

  it('leads the fixes with the most serious fault and never repeats a fix', () => {
    const dupe = { ...finding('bounce', 1, 'warn'), fix: 'Fix fast_eccentric.' };
    const report = buildReport(
      input([
        finding('fast_eccentric', 1, 'warn'),
        dupe,
        finding('pelvic_tuck', 2, 'alert'),
        finding('heel_lift', 3, 'info'),
      ]),
    );
    expect(report.topFixes[0]).toBe('Fix pelvic_tuck.');
    expect(new Set(report.topFixes).size).toBe(report.topFixes.length);
    expect(report.topFixes.length).toBeLessThanOrEqual(3);
    // The codes, in the same order: one per fix said (bounce's words here are fast_eccentric's, said once).
    expect(report.topFixCodes).toEqual(['pelvic_tuck', 'bounce', 'heel_lift']);
  });

  it('verdict ladder: pelvic tuck alert stops the set, repeated warnings block adding load, one warning is minor', () => {
    expect(buildReport(input([finding('pelvic_tuck', 2, 'alert')])).verdict.level).toBe('stop');
    expect(buildReport(input([finding('pelvic_tuck', 2, 'alert')])).verdict.headline).toContain('rep 2');
    expect(buildReport(input([finding('knee_lockout', 1, 'alert')])).verdict.level).toBe(
      'fix_before_adding_load',
    );
    expect(
      buildReport(input([finding('fast_eccentric', 1, 'warn'), finding('fast_eccentric', 2, 'warn')])).verdict
        .level,
    ).toBe('fix_before_adding_load');
    expect(buildReport(input([finding('too_deep', 1, 'warn')])).verdict.level).toBe('fix_before_adding_load');
    expect(buildReport(input([finding('fast_eccentric', 1, 'warn')])).verdict.level).toBe('minor');
    expect(buildReport(input([finding('shallow_rep', 1, 'info')])).verdict.level).toBe('minor');
  });

  it('with a poor view, side-view faults are not assessable with the filming reason instead of confident calls', () => {
    const report = buildReport(
      input([finding('pelvic_tuck', 2, 'alert'), finding('fast_eccentric', 2, 'warn')], { view: poorView }),
    );
    expect(report.reps[1]!.faults.map((f) => f.id)).toEqual(['fast_eccentric']);
    expect(report.faults.map((f) => f.id)).not.toContain('pelvic_tuck');
    const tuck = report.notAssessable.find((n) => n.id === 'pelvic_tuck');
    expect(tuck?.reason).toContain('film from the side');
    expect(report.verdict.level).not.toBe('stop');
    expect(report.topFixes[0]).toContain('film from the side');
    expect(report.topFixCodes?.[0]).toBe('improve_filming');
  });

  it('passes detector not-assessable reasons through, once per fault, in fault-id order', () => {
    const report = buildReport(
      input([], {
        faults: {
          findings: [],
          notAssessable: [
            { id: 'knee_valgus', reason: 'Needs a front view.' },
            { id: 'heel_lift', reason: 'MoveNet has no heel points.' },
            { id: 'knee_valgus', reason: 'dupe' },
          ],
        },
      }),
    );
    expect(report.notAssessable).toEqual([
      { id: 'heel_lift', reason: 'MoveNet has no heel points.' },
      { id: 'knee_valgus', reason: 'Needs a front view.' },
    ]);
    expect(report.verdict.headline).toContain('not possible');
  });

  it('lists per rep the faults that could not be checked there, unless not assessable for the whole set', () => {
    const report = buildReport(
      input([], {
        faults: {
          findings: [],
          notAssessable: [{ id: 'heel_lift', reason: 'No heel points.' }],
          unassessedReps: [
            { id: 'pelvic_tuck', reps: [2, 3] },
            { id: 'heel_lift', reps: [2] },
          ],
        },
      }),
    );
    expect(report.reps.map((r) => r.notAssessed)).toEqual([[], ['pelvic_tuck'], ['pelvic_tuck']]);
  });

  it('no reps: not judged instead of clean or minor, with refilming as the first fix', () => {
    const report = buildReport(input([], { segmentation: { reps: [], ignored: [] } }));
    expect(report.reps).toEqual([]);
    expect(report.verdict.level).toBe('not_judged');
    expect(report.verdict.headline).toContain('no complete rep was found');
    expect(report.topFixCodes?.[0]).toBe('refilm');
    expect(report.topFixes[0]).toMatch(/^Refilm the set from the side/);
  });

  it('reps whose back-safety checks could not be made for the set or in any rep: not judged', () => {
    const report = buildReport(
      input([finding('shallow_rep', 2, 'info')], {
        faults: {
          findings: [finding('shallow_rep', 2, 'info')],
          notAssessable: [
            { id: 'pelvic_tuck', reason: 'Hip not seen.' },
            { id: 'too_deep', reason: 'Hip not seen.' },
            { id: 'knee_lockout', reason: 'Knee not seen.' },
          ],
          unassessedReps: [{ id: 'fast_eccentric', reps: [1, 2, 3] }],
        },
      }),
    );
    expect(report.verdict.level).toBe('not_judged');
    expect(report.verdict.headline).toContain('neither back check');
    expect(report.topFixes[0]).toMatch(/^Refilm the set from the side/);
    // With one rep's depth judged, the set has a basis: a single note is minor again.
    const oneRep = buildReport(
      input([finding('shallow_rep', 2, 'info')], {
        faults: {
          findings: [finding('shallow_rep', 2, 'info')],
          notAssessable: [{ id: 'pelvic_tuck', reason: 'Hip not seen.' }],
          unassessedReps: [
            { id: 'too_deep', reps: [1, 2] },
            { id: 'knee_lockout', reps: [1, 2, 3] },
            { id: 'fast_eccentric', reps: [1, 2, 3] },
          ],
        },
      }),
    );
    expect(oneRep.verdict.level).toBe('minor');
  });

  it('down-samples series on request, writing NaN as null', () => {
    const report = buildReport(input([], { series: 100 }));
    const s = report.series!;
    expect(s.tS.length).toBeLessThanOrEqual(100);
    expect(s.tS.length).toBe(s.kneeDeg.length);
    expect(s.kneeDeg).toContain(null);
    expect(s.tS[1]! - s.tS[0]!).toBeCloseTo(0.1, 5);
    const json = JSON.parse(JSON.stringify(report)) as { series: { hipDepartureThighs: unknown[] } };
    expect(json.series.hipDepartureThighs).toContain(null);
  });

  it('does not mutate its inputs', () => {
    const findings = [finding('fast_eccentric', 1, 'warn'), finding('pelvic_tuck', 1, 'alert')];
    const before = JSON.stringify(findings);
    buildReport(input(findings));
    expect(JSON.stringify(findings)).toBe(before);
  });
});
